import { AppError } from '../domain/errors';
import { type AppConfig, loadConfig } from '../platform/config';
import { failureText } from '../platform/loggable-error';
import { type CliIo, exitCodeOf, processIo } from './cli-io';
import { validateCommand } from './commands/validate.command';

// Commands that open the database are imported on use, so `validate` starts quickly.
const HELP = `职评 zhiping 命令行工具

用法：zhiping <命令> [参数]

  calendar workdays --from YYYY-MM-DD --count N   N个工作日期限的截止日（含起始日，按国务院放假安排）
  calendar is-workday YYYY-MM-DD                  某日是否为工作日（true/false）
  eligibility check 文件.json                       申报条件自测（- 表示从标准输入读取），输出结果JSON
  policy list                                     政策集列表
  policy diff 政策集A 政策集B [--json]              对比两个政策集的规则与参数
  policy coverage 政策集 [--json]                  种子文件逐条覆盖表：已编码/其他模块执行/待建设/非系统规则（退出状态1表示覆盖表有问题）
  validate id-number 号码                          校验居民身份证号码（GB 11643）
  validate credit-code 代码                        校验统一社会信用代码（GB 32100）
  db migrate                                      执行数据库迁移并载入参考数据
  db seed                                         向空数据库载入演示数据（生产环境不可用）
  audit verify                                    校验审计日志哈希链及评审结果（退出状态1表示被篡改）
  backup 文件.tar[.gz] [--force]                   备份数据库与全部附件到一个文件（服务运行时亦可；.gz 结尾则压缩）
  restore 文件.tar [--force]                       恢复备份到空的数据目录或空数据库（--force 替换现有数据，原目录改名保留）
  deadlines sweep                                 处理已到期的期限（公示期满、备案期限）并发送待发短信/邮件
  deadlines list [--failed] [--json]              列出待处理和已失败的期限任务：类型、截止日、事项、尝试次数、最近错误
  review replay-draw 会议ID [--json]               按公布的种子和专家库快照复现专家抽取并核对
  import titles 文件.xlsx|文件.csv --region 代码 [--errors 报告.xlsx|.csv]
                                                  导入历史职称数据（退出状态1表示有行被拒绝，其余已导入）
  certificate verify 文件.pdf [--keys 公钥.json] [--json]  离线核验电子职称证书的SM2签名与页面内容（退出状态1表示未通过）

环境变量：DATABASE_URL（使用 PostgreSQL）、ZHIPING_DATA_DIR（内嵌数据库目录，默认 ./data）
服务正在使用内嵌数据库时，各命令经由该服务执行（本机运维令牌，见数据目录的锁文件），无需停止服务
退出状态：0 成功；2 参数或输入无效（说明见标准错误输出）；1 其他错误`;

/** A command that is given the configuration: most of them open the database. */
type ConfiguredCommand = (args: string[], io: CliIo, config: AppConfig) => Promise<number>;

/** The commands given the configuration, by group, each loaded on first use. */
const CONFIGURED_COMMANDS: Readonly<Record<string, () => Promise<ConfiguredCommand>>> = {
  calendar: async () => (await import('./commands/calendar.command')).calendarCommand,
  db: async () => (await import('./commands/db.command')).dbCommand,
  audit: async () => (await import('./commands/audit.command')).auditCommand,
  backup: async () => (await import('./commands/backup.command')).backupCommand,
  restore: async () => (await import('./commands/backup.command')).restoreCommand,
  deadlines: async () => (await import('./commands/deadlines.command')).deadlinesCommand,
  review: async () => (await import('./commands/review.command')).reviewCommand,
  import: async () => (await import('./commands/import.command')).importCommand,
};

/** Runs one command line and returns the exit status; errors go to stderr in Chinese. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [group, ...rest] = argv;
  try {
    switch (group) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return 0;
      case 'eligibility':
        return (await import('./commands/eligibility.command')).eligibilityCommand(rest, io);
      case 'policy':
        return (await import('./commands/policy.command')).policyCommand(rest, io);
      case 'validate':
        return validateCommand(rest, io);
      case 'certificate':
        return await (await import('./commands/certificate.command')).certificateCommand(
          rest,
          io,
          loadConfig,
        );
      default: {
        const command = Object.hasOwn(CONFIGURED_COMMANDS, group)
          ? await CONFIGURED_COMMANDS[group]!()
          : null;
        if (command) return await command(rest, io, loadConfig());
        io.err(`未知命令：${group}。运行 zhiping --help 查看可用命令`);
        return 2;
      }
    }
  } catch (error) {
    if (error instanceof AppError) {
      io.err(
        error.details.length ? error.details.map((d) => `${d.path}：${d.message}`).join('\n') : error.message,
      );
    } else {
      // A database error's message repeats the statement's values: the operator sees its SQLSTATE.
      io.err(failureText(error));
    }
    return exitCodeOf(error);
  }
}
