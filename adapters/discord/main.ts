export async function runDiscord(_options: { action?: string; knowledge?: string }): Promise<void> {
  throw new Error("the Discord front end is not built yet");
}
