import { App, Typography } from 'antd';
import {
  type ComplaintAction,
  type ComplaintRow,
  flagMaliciousComplaint,
  resolveComplaint,
} from '../../api/integrity';
import { Caution } from '../../components/caution';
import { ReasonModal } from '../../components/reason-modal';

/** The two ways of handling a complaint, each with the one thing it records. */
const ACTIONS: Record<
  ComplaintAction,
  { title: string; okText: string; label: string; placeholder: string; done: string }
> = {
  resolve: {
    title: '处理投诉举报',
    okText: '办结',
    label: '核查情况和处理结果',
    placeholder: '写明核查的情况、认定的事实和处理结果，以及答复举报人的情况',
    done: '已办结',
  },
  'flag-malicious': {
    title: '标记恶意举报',
    okText: '标记',
    label: '处理措施',
    placeholder: '如：经核查系捏造事实恶意举报，记入举报人诚信记录，移交有关部门依法处理',
    done: '已标记为恶意举报',
  },
};

interface Props {
  /** The complaint and what to do with it; `null` keeps the modal closed. */
  handling: { complaint: ComplaintRow; action: ComplaintAction } | null;
  onClose: (changed: boolean) => void;
}

/**
 * 处理 / 标记恶意举报: records the outcome of a complaint, or flags it as a malicious false report with
 * its sanction (jilin-2022 四(五)). Either is recorded once.
 */
export function ComplaintActionModal({ handling, onClose }: Props) {
  const { message } = App.useApp();
  const action = handling ? ACTIONS[handling.action] : ACTIONS.resolve;
  return (
    <ReasonModal
      subject={handling}
      title={action.title}
      okText={action.okText}
      width={640}
      name="complaint-action"
      field="text"
      label={action.label}
      rules={[{ required: true, whitespace: true, min: 4, message: `请填写${action.label}（不少于4个字）` }]}
      rows={4}
      maxLength={handling?.action === 'resolve' ? 2000 : 1000}
      placeholder={action.placeholder}
      onSubmit={async (text, { complaint, action: kind }) => {
        if (kind === 'resolve') await resolveComplaint(complaint.id, text);
        else await flagMaliciousComplaint(complaint.id, text);
        message.success(`${complaint.reference} ${ACTIONS[kind].done}`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      {handling ? (
        <>
          <Typography.Paragraph type="secondary">
            {handling.complaint.reference}　{handling.complaint.complainantName}（
            {handling.complaint.phoneMasked}）
          </Typography.Paragraph>
          <Typography.Paragraph strong>{handling.complaint.subject}</Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {handling.complaint.content}
          </Typography.Paragraph>
        </>
      ) : null}
      {handling?.action === 'flag-malicious' ? (
        <Caution>仅对经核查确属捏造事实、恶意诬告的举报标记；标记后不能撤回，未办结的同时办结。</Caution>
      ) : null}
    </ReasonModal>
  );
}
