import { useEffect, useRef, useState } from 'react';
import type { UploadOptions } from '../api/client';

/** The file under way and how far it has gone. */
export interface UploadSending {
  fileName: string;
  percent: number;
}

/** Why the last file was refused, each reason on its own. */
export interface UploadRefusal {
  fileName: string;
  messages: string[];
}

interface Options<T> {
  /** What the server refuses above; a larger file is refused here first, without the wait. */
  maxBytes: number;
  /** Why a file over `maxBytes` is refused, in the words of the page. */
  tooLarge: (file: File) => string;
  /** Sends the file with the signal and progress callback given. */
  upload: (file: File, options: Pick<UploadOptions, 'signal' | 'onProgress'>) => Promise<T>;
  /** Why the server refused a file, one reason a line. */
  reasonsOf: (error: unknown) => string[];
  /** The server took the file. */
  onDone: (saved: T) => void;
  /** The heading of a refusal, e.g. “名单.xlsx”未能导入. */
  refusedTitle: (fileName: string) => string;
  refusalTestId: string;
  progressTestId?: string;
}

/**
 * One file at a time sent to the server, with its progress shown: refused here when too large,
 * cancelled when the page is left, and refused with the server's reasons otherwise. `dropzone` is
 * what a `FileDropzone` needs of it (the page adds what the file must be, and when it is disabled).
 */
export function useFileUpload<T>({
  maxBytes,
  tooLarge,
  upload,
  reasonsOf,
  onDone,
  refusedTitle,
  refusalTestId,
  progressTestId,
}: Options<T>) {
  const [sending, setSending] = useState<UploadSending>();
  const [refusal, setRefusal] = useState<UploadRefusal>();
  const controller = useRef<AbortController>(null);

  // Leaving the page cancels an upload still under way (what the server already started goes on).
  useEffect(() => () => controller.current?.abort(), []);

  async function send(file: File) {
    setRefusal(undefined);
    if (file.size > maxBytes) {
      setRefusal({ fileName: file.name, messages: [tooLarge(file)] });
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setSending({ fileName: file.name, percent: 0 });
    try {
      const saved = await upload(file, {
        signal: abort.signal,
        onProgress: (percent) => setSending({ fileName: file.name, percent }),
      });
      onDone(saved);
    } catch (error) {
      if (abort.signal.aborted) return;
      setRefusal({ fileName: file.name, messages: reasonsOf(error) });
    } finally {
      if (!abort.signal.aborted) setSending(undefined);
    }
  }

  const dropzone = {
    onFile: (file: File) => void send(file),
    progress: sending
      ? { text: `正在上传：${sending.fileName}`, percent: sending.percent, testId: progressTestId }
      : undefined,
    refusal: refusal
      ? {
          title: refusedTitle(refusal.fileName),
          description: refusal.messages.join('；'),
          testId: refusalTestId,
        }
      : undefined,
    onDismiss: () => setRefusal(undefined),
  };
  return { sending, dropzone };
}
