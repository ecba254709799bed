import { Alert, App } from 'antd';
import { unlinkBinding } from '../../api/employment';
import type { UserRow } from '../../api/users';
import { ReasonModal, shortReasonRules } from '../../components/reason-modal';

interface Props {
  /** The account whose person's current binding to undo; `null` keeps the modal closed. */
  user: UserRow | null;
  onClose: (changed: boolean) => void;
}

/**
 * 解除绑定: an administrator's correction of a binding the unit confirmed by mistake. It ends today,
 * the person has no unit until another confirms, and the reason is kept and shown to the person.
 */
export function UnlinkBindingModal({ user, onClose }: Props) {
  const { message } = App.useApp();
  const unit = user?.person?.currentUnit ?? null;
  return (
    <ReasonModal
      subject={user}
      title={`解除绑定：${user?.person?.name ?? ''}`}
      okText="解除绑定"
      danger
      name="binding-unlink"
      label="解除原因"
      rules={shortReasonRules('解除原因')}
      maxLength={200}
      placeholder="如：单位误确认，该人员不在本单位工作"
      onSubmit={async (reason, { person }) => {
        if (!unit || !person) return;
        await unlinkBinding(unit.bindingId, reason);
        message.success(`已解除 ${person.name} 与「${unit.name}」的绑定`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`解除与「${unit?.name ?? ''}」的绑定`}
        description="绑定今日结束，该人员在其他单位确认绑定前不能申报职称；原因记入审计日志，并通知本人。"
      />
    </ReasonModal>
  );
}
