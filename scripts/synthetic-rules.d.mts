export function syntheticPlatform(i: number): Record<string, unknown>;
export function syntheticInstitution(i: number): Record<string, unknown>;
export function writeSyntheticRules(rulesDir: string, counts?: { platforms?: number; institutions?: number }): void;
