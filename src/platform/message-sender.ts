import { maskMobilePhone } from '../domain/identifiers';

export interface OutgoingMessage {
  channel: 'sms' | 'email';
  /** The account addressed; null for a number that has no account yet (a registration code). */
  userId: string | null;
  /** The number itself, for messages to a number rather than to an account's contact. */
  phone?: string;
  subject: string;
  body: string;
}

/**
 * Where SMS and e-mail leave the system. The default writes a log line (no personal
 * identifiers: the user id, not a phone number); a real gateway implements the same interface.
 */
export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

export function loggingMessageSender(
  logger: { info(fields: Record<string, unknown>, message: string): void },
  options: { showCodes?: boolean } = {},
): MessageSender {
  return {
    async send(message) {
      logger.info(
        {
          channel: message.channel,
          userId: message.userId,
          ...(message.phone ? { to: maskMobilePhone(message.phone) } : {}),
          subject: message.subject,
          // Development only: with no SMS gateway, the log is where a developer reads a one-time
          // code. Only messages to a bare number carry codes; account notices never show a body.
          ...(options.showCodes && message.phone ? { body: message.body } : {}),
        },
        '外发消息',
      );
    },
  };
}
