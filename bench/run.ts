// `npm run bench`: prints figures; nothing here passes or fails.
import { benchEngine } from "./engine";

async function run(): Promise<void> {
  console.log(`plan-tracker benchmarks — Node ${process.version}, ${require("os").cpus().length} cores`);
  await benchEngine();
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
