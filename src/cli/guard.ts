// The command line's outermost layer: the native deflate codec installed, a closed output pipe ended quietly, and any
// failure that escaped the commands turned into one line in the user's language with exit code 2 — never a stack.
import { useNodeCodec } from "../xlsx/node/zlibCodec";
import { main, type CliIO } from "./main";
import { cliMessages } from "./messages";

/** The first line of an error's message, without a stack and shortened to fit one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === "Error" ? "" : error.name + ": "}${error.message}` : String(error);
  const line = (text.split("\n")[0] ?? "").trim();
  return line.length > 200 ? line.slice(0, 199) + "…" : line;
}

/** The file the command was given: the first argument after the command that is not an option. */
function fileArgument(argv: readonly string[]): string {
  return argv.slice(1).find((a) => !a.startsWith("-")) ?? "";
}

/** Ends the process quietly when the reader of our output has gone (`plan-tracker check f.xlsx | head -1`). */
export function quietOnClosedPipe(stream: NodeJS.WriteStream, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") exit(0);
    else throw error;
  });
}

/** Runs the command line; resolves to its exit code, whatever happens inside. */
export async function runCli(argv: string[], io?: CliIO): Promise<number> {
  useNodeCodec();
  const lang = argv.includes("--lang=en") || argv.join(" ").includes("--lang en") ? "en" : "vi";
  try {
    return await main(argv, io);
  } catch (error) {
    const line = cliMessages[lang].unexpected(fileArgument(argv), oneLine(error));
    if (io) io.err(line);
    else process.stderr.write(line + "\n");
    return 2;
  }
}

/** The bin's entry point. */
export function start(argv: string[] = process.argv.slice(2)): void {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  void runCli(argv).then((code) => {
    process.exitCode = code;
  });
}
