import fs from 'node:fs';
import path from 'node:path';
import type { TitleRecordProblem } from '../../domain/certificates/title-record';
import { findRegion } from '../../domain/regions';
import type { TitleImportJobView } from '../../modules/title-import/title-import.service';
import { openErrorReportFile } from '../../modules/title-import/title-import-report';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, parseArgs, processIo, requireOption, UsageError } from '../cli-io';

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
 * 2 for a usage error, an unreadable file or a wrong header (nothing imported).
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

  const context = await openAppContext(config);
  try {
    const report = reportPath ? openErrorReportFile(reportPath) : null;
    const shown: TitleRecordProblem[] = [];
    const progress = progressPrinter(io);
    let job: TitleImportJobView;
    try {
      job = await context.services.titleImports.runImport(
        { regionCode },
        { fileName: path.basename(file), path: path.resolve(file) },
        {
          onProblem: (problem) => {
            if (shown.length < SHOWN_PROBLEMS) shown.push(problem);
            report?.add(problem);
          },
          onProgress: (running) => progress.update(running),
        },
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
    await context.close();
  }
}
