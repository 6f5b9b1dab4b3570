/**
 * Handheld dynamometry: force times lever arm gives torque; torque over body mass lets runners
 * of different sizes be compared, and with a norm.
 */

export function torque(forceNewtons: number, leverArmMetres: number): number {
  return forceNewtons * leverArmMetres;
}

export function torquePerKg(torqueNewtonMetres: number, bodyMassKg: number): number | null {
  return bodyMassKg > 0 ? torqueNewtonMetres / bodyMassKg : null;
}

/**
 * Expected eccentric hip abduction torque (N·m/kg) for a novice runner of this age and sex,
 * with its standard deviation. Only for the break (eccentric) method, and only for female or
 * male, as the source reports.
 */
export const ABDUCTION_NORM_SD = 0.354;

export function predictedAbductionTorquePerKg(ageYears: number, sex: 'female' | 'male'): number {
  return 1.6 - 0.005 * ageYears + 0.215 * (sex === 'male' ? 1 : 0);
}
