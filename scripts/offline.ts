export async function writeOfflineManifest(_dir: string): Promise<void> {}
