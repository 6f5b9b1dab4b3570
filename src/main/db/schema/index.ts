export * from './patients';
export * from './form-drafts';
export * from './assessments';
export * from './settings';
export * from './programs';
export * from './handouts';
export * from './outbox';
export * from './record-keeping';
