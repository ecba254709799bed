import fs from 'node:fs';
import path from 'node:path';
import type { TitleRecordProblem } from '../../domain/certificates/title-record';
import { AppError, type ErrorKind } from '../../domain/errors';
import { findRegion } from '../../domain/regions';
import type { ImportStreamLine } from '../../modules/operations/operator.schema';
import { TITLE_IMPORT_MAX_BYTES } from '../../modules/title-import';
import type { ImportHooks, TitleImportJobView } from '../../modules/title-import/title-import.service';
import { openErrorReportFile } from '../../modules/title-import/title-import-report';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, parseArgs, processIo, requireOption, UsageError } from '../cli-io';
import { type LocalServer, localServer } from '../local-server';

const USAGE =
  '用法：zhiping import titles 文件.xlsx|文件.csv --region 行政区划代码 [--errors 错误报告.xlsx|.csv]';

/** Problems listed on screen; the report file (--errors) has every one. */
const SHOWN_PROBLEMS = 50;

/** The progress line is redrawn at most once per this many percent. */
const PROGRESS_STEP = 2;

/**
 * Progress on stderr: redrawn in place on a terminal, one line per step otherwise (a log file
 * or a test), so stdout carries only the summary.
 */
function progressPrinter(io: CliIo) {
  const inPlace = io === processIo && process.stderr.isTTY;
  let lastStep = -1;
  let lastRows = 0;
  const print = (text: string) => (inPlace ? process.stderr.write(`\r${text}`) : io.err(text));
  return {
    update(job: TitleImportJobView) {
      if (job.totalRows > 0) {
        const step = Math.floor(job.percent / PROGRESS_STEP);
        if (step === lastStep) return;
        lastStep = step;
        print(`导入进度 ${job.percent}%（${job.processedRows}/${job.totalRows}行）`);
      } else if (job.processedRows > lastRows) {
        lastRows = job.processedRows;
        print(`已处理 ${job.processedRows} 行`);
      }
    },
    done(job: TitleImportJobView) {
      print(`导入进度 100%（${job.processedRows}/${job.totalRows}行）`);
      if (inPlace) process.stderr.write('\n');
    },
  };
}

/**
 * `import titles FILE --region CODE [--errors REPORT]`: imports historical title records into
 * the jurisdiction's certificate ledger through the same service as the upload page. Exit 0
 * when every row is good, 1 when some were refused (the good ones are imported all the same),
 * 2 for a usage error, an unreadable file or a wrong header (nothing imported). Beside a
 * server that holds the embedded database, the server imports the file (operator API).
 */
export async function importCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  if (args[0] !== 'titles') throw new UsageError(USAGE);
  const { positional, options } = parseArgs(args.slice(1));
  const file = positional[0];
  if (!file || positional.length > 1) throw new UsageError(USAGE);
  const regionCode = requireOption(options, 'region');
  if (!/^\d{6}$/.test(regionCode) || !findRegion(regionCode))
    throw new UsageError(`--region 应为已收录的6位行政区划代码：${regionCode}`);
  const reportPath = options.get('errors');
  if (reportPath !== undefined && !/\.(xlsx|csv)$/i.test(reportPath))
    throw new UsageError('--errors 的文件名应以 .xlsx 或 .csv 结尾');
  for (const name of options.keys())
    if (name !== 'region' && name !== 'errors') throw new UsageError(`未知选项 --${name}。${USAGE}`);

  const server = localServer(config);
  const context = server ? null : await openAppContext(config);
  try {
    const report = reportPath ? openErrorReportFile(reportPath) : null;
    const shown: TitleRecordProblem[] = [];
    const progress = progressPrinter(io);
    const hooks: ImportHooks = {
      onProblem: (problem) => {
        if (shown.length < SHOWN_PROBLEMS) shown.push(problem);
        report?.add(problem);
      },
      onProgress: (running) => progress.update(running),
    };
    let job: TitleImportJobView;
    try {
      job = server
        ? await importThroughServer(server, file, regionCode, hooks)
        : await context!.services.titleImports.runImport(
            { regionCode },
            { fileName: path.basename(file), path: path.resolve(file) },
            hooks,
          );
    } catch (error) {
      // Nothing was imported (a wrong header, an unreadable file): no report to leave behind.
      await report?.close();
      if (reportPath) fs.rmSync(reportPath, { force: true });
      throw error;
    }
    await report?.close();
    if (job.status === 'failed') {
      io.err(job.failure ?? '导入失败');
      return 1;
    }
    progress.done(job);
    io.out(
      `共${job.totalRows}行：新导入${job.importedRows}，已存在${job.existingRows}，有误${job.failedRows}`,
    );
    for (const p of shown) io.out(`  第${p.row}行 ${p.column}：${p.message}`);
    if (job.failedRows > 0) {
      if (reportPath) io.out(`全部问题已写入 ${reportPath}`);
      else if (shown.length >= SHOWN_PROBLEMS)
        io.out(`（仅列出前${SHOWN_PROBLEMS}条问题；加 --errors 错误报告.xlsx 导出全部）`);
    }
    return job.failedRows > 0 ? 1 : 0;
  } finally {
    await context?.close();
  }
}

/**
 * Beside a server that holds the embedded database: the file goes to that server, which runs
 * the same import and answers line by line (operator-import.routes.ts), each line handed to
 * the same hooks as a local import's.
 */
async function importThroughServer(
  server: LocalServer,
  file: string,
  regionCode: string,
  hooks: ImportHooks,
): Promise<TitleImportJobView> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    throw new UsageError(`无法读取导入文件：${file}`);
  }
  if (bytes.length > TITLE_IMPORT_MAX_BYTES)
    throw new UsageError('导入文件不能超过200MB（服务运行时经由服务导入），请分成几个文件导入');
  const query = new URLSearchParams({ regionCode, fileName: path.basename(file) });
  const body = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) as Uint8Array<ArrayBuffer>;
  for await (const line of server.postLines(`/api/v1/operator/title-imports?${query}`, body)) {
    const message = line as ImportStreamLine;
    if ('progress' in message) hooks.onProgress?.(message.progress);
    else if ('problem' in message) hooks.onProblem?.(message.problem);
    else if ('done' in message) return message.done;
    else {
      const { kind, code, message: text, details } = message.error;
      if (kind === 'fault') throw new Error(text);
      throw new AppError(kind as ErrorKind, code, text, details);
    }
  }
  throw new Error('导入未完成：与服务的连接中断（已提交的批次保留，重新导入同一文件会从中断处继续）');
}
