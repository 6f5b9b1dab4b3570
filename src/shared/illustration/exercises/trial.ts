import type { Illustration } from '../illustration';

export const TRIAL: Record<string, Illustration> = {
  'glute-bridge': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.75, to: 0.75 }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'left',
          front: 'up',
          left: { hipFlex: 52, knee: 108, footFlat: true },
          right: { hipFlex: 52, knee: 108, footFlat: true },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'left',
          front: 'up',
          pitch: -28, neckFlex: 35,
          left: { hipFlex: 0, knee: 100, footFlat: true },
          right: { hipFlex: 0, knee: 100, footFlat: true },
          anchor: { point: 'heelL', x: 0.42 },
        },
        contacts: [
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelL', on: 'floor' },
        ],
      },
    ],
  },
  clamshell: {
    view: 'front',
    tilt: 35,
    props: [{ kind: 'mat', from: -0.9, to: 0.7 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'left',
          front: 'viewer',
          roll: -4,
          left: { hipFlex: 45, knee: 90 },
          right: { hipFlex: 45, knee: 90, shoulderFlex: 90, elbow: 30 },
        },
        contacts: [
          { point: 'hipR', on: 'floor' },
          { point: 'kneeR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'left',
          front: 'viewer',
          roll: -4,
          left: { hipFlex: 45, knee: 90, hipOut: 35, hipTurnOut: 30 },
          right: { hipFlex: 45, knee: 90, shoulderFlex: 90, elbow: 30 },
        },
        contacts: [
          { point: 'hipR', on: 'floor' },
          { point: 'kneeR', on: 'floor' },
        ],
      },
    ],
  },
  squat: {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: { head: 'up', front: 'left', anchor: { point: 'ankleL', x: 0 } },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          trunkFlex: 35,
          left: { hipFlex: 90, knee: 95, footFlat: true, shoulderFlex: 80 },
          right: { hipFlex: 90, knee: 95, footFlat: true, shoulderFlex: 80 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
};
