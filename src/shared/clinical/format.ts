import { UNITS, type Unit } from './catalogue/types';

/** Numbers as a physio writes them: no trailing zeros, at most two decimals. */
export function formatNumber(value: number, maxDecimals = 2): string {
  return String(Number(value.toFixed(maxDecimals)));
}

export function formatWithUnit(value: number, unit: Unit): string {
  const symbol = UNITS[unit].symbol;
  if (symbol === '' || symbol === '°') return `${formatNumber(value)}${symbol}`;
  return `${formatNumber(value)} ${symbol}`;
}

/** Angles where the sign matters (Thomas hip angle): "+10°", "-4°". */
export function formatSignedDegrees(value: number): string {
  return `${value > 0 ? '+' : ''}${formatNumber(value)}°`;
}
