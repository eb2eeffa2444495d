export async function runChat(_knowledge?: string): Promise<void> {
  throw new Error("the terminal chat is not built yet");
}
