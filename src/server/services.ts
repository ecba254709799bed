import type { Db } from '../db/client';
import { wireModules } from '../http/feature-module';
import { type AttachmentStore, localDiskAttachmentStore } from '../platform/attachment-store';
import type { Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import type { FieldCipher } from '../platform/crypto';
import { loggingMessageSender, type MessageSender } from '../platform/message-sender';
import { FEATURE_MODULES } from './feature-modules';

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  config: AppConfig;
  cipher: FieldCipher;
  /** Defaults to files under `config.attachmentsDir`. */
  attachmentStore?: AttachmentStore;
  /** Defaults to writing a log line per SMS/e-mail. */
  messageSender?: MessageSender;
}

/**
 * Wires every feature module's services from the platform (server/feature-modules.ts holds the
 * list and its order); the HTTP server and the CLI share this.
 */
export function createServices(deps: ServiceDeps) {
  const { db, clock, config, cipher } = deps;
  const platform = {
    db,
    clock,
    config,
    cipher,
    attachmentStore: deps.attachmentStore ?? localDiskAttachmentStore(config.attachmentsDir),
    messageSender:
      deps.messageSender ??
      loggingMessageSender(
        { info: (fields, message) => console.log(JSON.stringify({ ...fields, msg: message })) },
        { showCodes: !config.production },
      ),
  };
  return wireModules(platform, FEATURE_MODULES);
}

export type Services = ReturnType<typeof createServices>;
