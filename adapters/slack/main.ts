export async function runSlack(_options: { knowledge?: string }): Promise<void> {
  throw new Error("the Slack front end is not built yet");
}
