export function popupChunks(buildDir: string): string[];
export function popupGzipKb(buildDir: string): number;
