import { App, Typography } from 'antd';
import { declareConflict } from '../../api/expert-portal';
import { ReasonModal } from '../../components/reason-modal';

interface Props {
  sessionId: string;
  /** The item to recuse from; `null` keeps the modal closed. */
  code: string | null;
  onClose: (changed: boolean) => void;
}

/** 申请回避: the expert declares a conflict with an item; it leaves their list and the office sees why. */
export function RecusalModal({ sessionId, code, onClose }: Props) {
  const { message } = App.useApp();
  return (
    <ReasonModal
      subject={code}
      title={`申请回避 ${code ?? ''}`}
      okText="申请回避"
      name="recusal"
      field="detail"
      label="回避理由"
      rules={[{ required: true, whitespace: true, min: 2, message: '请说明回避理由' }]}
      maxLength={500}
      onSubmit={async (detail, item) => {
        await declareConflict(sessionId, item, detail);
        message.success(`已申请回避 ${item}，该事项不再由您评审和表决`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">
        与申报人有亲属、师生、合作等利害关系，或其他可能影响公正评审的情形，应当申请回避。回避后您不再评审、也不参加该事项的表决。
      </Typography.Paragraph>
    </ReasonModal>
  );
}
