import { App } from 'antd';
import { refuseBinding, type UnitBinding } from '../../api/employment';
import { ReasonModal } from '../../components/reason-modal';

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
      rules={[
        { required: true, whitespace: true, message: '请填写拒绝原因' },
        { min: 2, max: 200, message: '原因为2至200个字' },
      ]}
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
