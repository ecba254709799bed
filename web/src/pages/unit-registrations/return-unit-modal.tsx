import { App } from 'antd';
import { returnUnit, type UnitRow } from '../../api/units';
import { ReasonModal } from '../../components/reason-modal';

interface Props {
  /** The registration to return; `null` keeps the modal closed. */
  unit: Pick<UnitRow, 'id' | 'name'> | null;
  onClose: (changed: boolean) => void;
}

/** 退回 with the bureau's note: the unit reads it at login and in the SMS, corrects and submits again. */
export function ReturnUnitModal({ unit, onClose }: Props) {
  const { message } = App.useApp();
  return (
    <ReasonModal
      subject={unit}
      title={`退回单位注册：${unit?.name ?? ''}`}
      okText="退回"
      danger
      name="unit-return"
      field="note"
      label="退回意见"
      extra="单位联系人将收到短信，登录时也会看到此意见"
      rules={[
        { required: true, whitespace: true, min: 2, message: '请写明退回意见（2–200字）' },
        { max: 200, message: '退回意见最多200字' },
      ]}
      maxLength={200}
      placeholder="如：单位名称与营业执照不一致"
      onSubmit={async (note, { id, name }) => {
        await returnUnit(id, note);
        message.success(`已退回 ${name} 的注册`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    />
  );
}
