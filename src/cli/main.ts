/** Entry point of the `piao` command (bin/piao.js): the program on this process's arguments. */
import { main } from "./program.ts";

// Output piped into `head` and closed early is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
