import { ValidateIf } from 'class-validator';

/** Validates the field whenever the body has it, null included; only leaving it out skips it (IsOptional skips null too). */
export const unlessOmitted = ValidateIf((_: object, value: unknown) => value !== undefined);
