/**
 * `career-advisor batch | head -1`: once the reader has what it wants and closes the pipe, there is nobody left
 * to answer, so the command ends quietly and successfully instead of dying of EPIPE with a stack trace.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}
