// Starts, reuses and stops the local Neo4j (neo4j-local/, Neo4j embedded in a small Java program) that
// the CLI and the tests use when NEO4J_URI is not set. One server per data directory, recorded in server.json.
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { StoreError } from "../model/errors.ts";

export interface LocalNeo4jOptions {
  /** Relative paths are taken from the project root, not the cwd. */
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

/** What server.json records about a running launcher. */
export interface LocalNeo4jServer {
  pid: number;
  port: number;
  uri: string;
  version: string;
  startedAt: string;
}

export interface LocalNeo4jStatus {
  /** "not-answering": the recorded process is alive but its port refuses connections (starting, stopping or hung). */
  state: "running" | "not-answering" | "stopped";
  dataDir: string;
  logFile: string;
  server: LocalNeo4jServer | null;
}

/** The CLI's instance. */
export const LOCAL_NEO4J = { dataDir: ".data/neo4j", port: 7687 } as const;
/** The tests' instance: its own port and data, so tests never touch the CLI's graph. */
export const TEST_NEO4J = { dataDir: ".data/neo4j-test", port: 7697 } as const;

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LAUNCHER_DIR = join(PROJECT_ROOT, "neo4j-local");
const LAUNCHER_TARGET = join(LAUNCHER_DIR, "target");
/** Touched after a successful build: directory mtimes do not change when Maven rewrites files in place. */
const BUILD_STAMP = join(LAUNCHER_TARGET, "kg-build.stamp");

const JVM_FLAGS = [
  "-Xms256m",
  "-Xmx1g",
  // Without these Neo4j falls back to slower page-cache buffers and cannot advise the OS on its log files
  // (it logs "Consider adding --add-opens" and "Incorrect file descriptor" warnings to debug.log).
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];

const READY_LINE = /^Neo4j (\S+) ready at (bolt:\/\/\S+)/m;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
/** Long enough for a first Maven download on a slow network; a live lock holder is waited for until then. */
const LOCK_WAIT_MS = 600_000;

/**
 * Returns the uri of the local Neo4j for this data directory, building and starting it when needed.
 * A server already running for the directory is reused on whatever port it listens.
 */
export async function ensureLocalNeo4j(options: LocalNeo4jOptions): Promise<{ uri: string; started: boolean }> {
  const log = options.log ?? (() => {});
  const paths = pathsFor(options.dataDir);
  const running = await answeringServer(paths);
  if (running) return { uri: running.uri, started: false };

  await mkdir(paths.dataDir, { recursive: true });
  return withLock(paths.lockFile, async () => {
    // Another process may have started it while this one waited for the lock.
    const server = await readServer(paths);
    if (server && (await isLauncher(server.pid))) {
      if (await portAnswers(server.port)) return { uri: server.uri, started: false };
      throw new StoreError(
        `Local Neo4j (pid ${server.pid}) is running but not answering on port ${server.port}; stop it with \`kg neo4j stop\` (log: ${paths.logFile})`,
      );
    }
    await rm(paths.serverFile, { force: true });
    if (await portAnswers(options.port)) {
      throw new StoreError(
        `Port ${options.port} is already in use by another program; stop it or set NEO4J_URI to use that server`,
      );
    }
    await buildLauncherIfStale(log);
    log(`Starting the local Neo4j on port ${options.port} (data: ${paths.dataDir})…`);
    const started = await startServer(paths, options.port);
    await writeServer(paths, started);
    return { uri: started.uri, started: true };
  });
}

/** Stops the local Neo4j of this data directory; false when nothing was running. */
export async function stopLocalNeo4j(dataDir: string): Promise<boolean> {
  const paths = pathsFor(dataDir);
  const server = await readServer(paths);
  if (!server || !(await isLauncher(server.pid))) {
    await rm(paths.serverFile, { force: true });
    return false;
  }
  signal(server.pid, "SIGTERM");
  if (!(await waitForExit(server.pid, STOP_TIMEOUT_MS))) {
    signal(server.pid, "SIGKILL");
    await waitForExit(server.pid, 5_000);
  }
  await rm(paths.serverFile, { force: true });
  return true;
}

/** What is running for this data directory, for `kg neo4j status`. */
export async function localNeo4jStatus(dataDir: string): Promise<LocalNeo4jStatus> {
  const paths = pathsFor(dataDir);
  const base = { dataDir: paths.dataDir, logFile: paths.logFile };
  const server = await readServer(paths);
  if (!server || !(await isLauncher(server.pid))) return { ...base, state: "stopped", server: null };
  return { ...base, state: (await portAnswers(server.port)) ? "running" : "not-answering", server };
}

interface Paths {
  dataDir: string;
  serverFile: string;
  logFile: string;
  lockFile: string;
}

function pathsFor(dataDir: string): Paths {
  const dir = isAbsolute(dataDir) ? dataDir : resolve(PROJECT_ROOT, dataDir);
  return {
    dataDir: dir,
    serverFile: join(dir, "server.json"),
    logFile: join(dir, "neo4j.log"),
    lockFile: join(dir, "start.lock"),
  };
}

async function answeringServer(paths: Paths): Promise<LocalNeo4jServer | null> {
  const server = await readServer(paths);
  return server && (await isLauncher(server.pid)) && (await portAnswers(server.port)) ? server : null;
}

async function readServer(paths: Paths): Promise<LocalNeo4jServer | null> {
  let text: string;
  try {
    text = await readFile(paths.serverFile, "utf8");
  } catch {
    return null;
  }
  try {
    const { pid, port, uri, version, startedAt } = JSON.parse(text) as Partial<LocalNeo4jServer>;
    // A pid of 0 or -1 would make every signal below reach whole process groups.
    if (typeof pid === "number" && Number.isInteger(pid) && pid > 0 && typeof port === "number" && typeof uri === "string") {
      return { pid, port, uri, version: version ?? "", startedAt: startedAt ?? "" };
    }
  } catch {
    // A torn or hand-edited file means nothing can be trusted about it: treat as not running.
  }
  return null;
}

async function writeServer(paths: Paths, server: LocalNeo4jServer): Promise<void> {
  // Written then renamed, so a concurrent reader never sees half a file.
  const partial = `${paths.serverFile}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(server, null, 2)}\n`);
  await rename(partial, paths.serverFile);
}

/** Runs `work` holding an exclusive lock file; a lock whose owner died is removed, a live owner is waited for. */
async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = await lockOwner(lockFile);
    if (owner === "stale") {
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new StoreError(`Another process (pid ${owner}) has held ${lockFile} for too long; remove it if that process is stuck`);
    }
    await sleep(250);
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

async function lockOwner(lockFile: string): Promise<number | "stale" | "unknown"> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    const pid = Number.parseInt(text, 10);
    if (Number.isInteger(pid) && pid > 0) return isAlive(pid) ? pid : "stale";
    // The owner writes its pid right after creating the file; an empty file that stays empty was abandoned.
    return Date.now() - info.mtimeMs > 10_000 ? "stale" : "unknown";
  } catch {
    // Released between our open and our read: just try again.
    return "unknown";
  }
}

async function buildLauncherIfStale(log: (line: string) => void): Promise<void> {
  await mkdir(LAUNCHER_TARGET, { recursive: true });
  // The CLI and the tests use different data directories, so the build needs a lock of its own.
  await withLock(join(LAUNCHER_TARGET, "build.lock"), async () => {
    if (!(await launcherIsStale())) return;
    log("Building the local Neo4j launcher with Maven (first run only)…");
    const buildLog = join(LAUNCHER_TARGET, "build.log");
    const code = await run("mvn", ["-q", "-B", "package"], LAUNCHER_DIR, buildLog);
    if (code !== 0) throw new StoreError(`Building neo4j-local with Maven failed (exit ${code}); see ${buildLog}`);
    await writeFile(BUILD_STAMP, new Date().toISOString());
  });
}

async function launcherIsStale(): Promise<boolean> {
  const built = await mtime(BUILD_STAMP);
  if (built === null || (await mtime(join(LAUNCHER_TARGET, "classes", "kg", "LocalNeo4j.class"))) === null) return true;
  const libs = await readdir(join(LAUNCHER_TARGET, "lib")).catch(() => []);
  if (libs.length === 0) return true;
  const inputs = [join(LAUNCHER_DIR, "pom.xml"), ...(await filesUnder(join(LAUNCHER_DIR, "src")))];
  for (const input of inputs) {
    if (((await mtime(input)) ?? 0) > built) return true;
  }
  return false;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function mtime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** Runs a build tool with its output in a file; resolves to the exit code. */
function run(command: string, args: string[], cwd: string, outputFile: string): Promise<number> {
  const out = openSync(outputFile, "w");
  return new Promise<number>((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", out, out] });
    child.on("error", (error) => fail(missingTool(command, error)));
    child.on("exit", (code) => done(code ?? 1));
  }).finally(() => closeSync(out));
}

async function startServer(paths: Paths, port: number): Promise<LocalNeo4jServer> {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const classpath = [join(LAUNCHER_TARGET, "classes"), join(LAUNCHER_TARGET, "lib", "*")].join(delimiter);
  const args = [...JVM_FLAGS, "-cp", classpath, "kg.LocalNeo4j", "--data", paths.dataDir, "--port", String(port)];
  // Appended, not truncated: a failed start must not wipe the log of a server that is still writing to it.
  await appendFile(paths.logFile, `--- kg: starting Neo4j on port ${port} at ${new Date().toISOString()}\n`);
  const logStart = (await stat(paths.logFile)).size;
  const out = openSync(paths.logFile, "a");
  // Detached with its output in a file (no pipes), so it outlives the CLI process that started it.
  const child = spawn(java, args, { detached: true, stdio: ["ignore", out, out] });
  closeSync(out);
  const outcome: { exit: string | null; error: Error | null } = { exit: null, error: null };
  child.on("exit", (code, sig) => (outcome.exit = sig ?? `code ${code}`));
  child.on("error", (error) => (outcome.error = missingTool("java", error)));
  child.unref();

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (outcome.error) throw outcome.error;
    const output = (await readFile(paths.logFile).catch(() => Buffer.alloc(0))).subarray(logStart).toString("utf8");
    const ready = READY_LINE.exec(output);
    if (ready && child.pid !== undefined && (await portAnswers(port))) {
      return { pid: child.pid, port, uri: ready[2]!, version: ready[1]!, startedAt: new Date().toISOString() };
    }
    if (outcome.exit) {
      throw new StoreError(`Local Neo4j exited (${outcome.exit}) before it was ready: ${rootCause(output)}; see ${paths.logFile}`);
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new StoreError(`Local Neo4j was not ready within ${START_TIMEOUT_MS / 1000} s; see ${paths.logFile}`);
    }
    await sleep(200);
  }
}

/** The innermost cause of a Java failure, so the one-line error says why without opening the log. */
function rootCause(output: string): string {
  const lines = output.split("\n").map((line) => line.trim());
  const cause = lines.filter((line) => line.startsWith("Caused by: ")).at(-1) ?? lines.find((line) => line !== "") ?? "no output";
  const text = cause.replace(/^Caused by: /, "");
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function missingTool(command: string, error: Error): Error {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") return error;
  const need = command === "mvn" ? "Maven" : "Java 17 or newer";
  return new StoreError(`${need} is needed to run the local Neo4j (\`${command}\` not found); install it or set NEO4J_URI`);
}

/** Alive and, where /proc tells, really a launcher: after a reboot the pid in server.json may be someone else's. */
async function isLauncher(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  try {
    return (await readFile(`/proc/${pid}/cmdline`, "utf8")).includes("kg.LocalNeo4j");
  } catch {
    // On Linux an unreadable entry means the process just ended; elsewhere there is no /proc to ask.
    return process.platform !== "linux";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** True when something accepts TCP connections on the loopback port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port });
    const finish = (answered: boolean) => {
      socket.destroy();
      done(answered);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
