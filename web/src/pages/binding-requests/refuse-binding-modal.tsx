import { App } from 'antd';
import { refuseBinding, type UnitBinding } from '../../api/employment';
import { ReasonModal, shortReasonRules } from '../../components/reason-modal';

interface Props {
  /** The request to refuse; `null` keeps the modal closed. */
  binding: UnitBinding | null;
  onClose: (changed: boolean) => void;
}

/** 拒绝绑定: the reason is required, and the person reads it on 我的单位. */
export function RefuseBindingModal({ binding, onClose }: Props) {
  const { message } = App.useApp();
  return (
    <ReasonModal
      subject={binding}
      title={`拒绝绑定：${binding?.person.name ?? ''}`}
      okText="拒绝"
      danger
      name="binding-refuse"
      label="拒绝原因（申请人可见）"
      rules={shortReasonRules('拒绝原因')}
      maxLength={200}
      placeholder="如：经核查，本单位无此人员的劳动合同"
      onSubmit={async (reason, { id, person }) => {
        await refuseBinding(id, reason);
        message.success(`已拒绝 ${person.name} 的绑定申请`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    />
  );
}
