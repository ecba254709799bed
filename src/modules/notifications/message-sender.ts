export interface OutgoingMessage {
  channel: 'sms' | 'email';
  userId: string;
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

export function loggingMessageSender(logger: {
  info(fields: Record<string, unknown>, message: string): void;
}): MessageSender {
  return {
    async send(message) {
      logger.info({ channel: message.channel, userId: message.userId, subject: message.subject }, '外发消息');
    },
  };
}
