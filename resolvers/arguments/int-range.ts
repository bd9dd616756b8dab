import { BadUserInputError } from '../../runtime/errors.js';

/** An integer argument within bounds, or BAD_USER_INPUT naming the argument and the bounds. */
export function intInRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`\`${argument}\` must be an integer from ${min} to ${max}, got ${value}.`, argument);
  }
  return value;
}
