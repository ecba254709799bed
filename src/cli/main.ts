import { installChineseZodMessages } from '../server/zod-messages';
import { runCli } from './run-cli';

/** Entry point of bin/zhiping. */
installChineseZodMessages();
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
