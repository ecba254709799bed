import { App, Empty, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { recordMinutes, type SessionDetail } from '../../api/review';
import { CountedTextArea } from '../../components/counted-text-area';
import { ProblemAlert } from '../../components/problem-alert';
import { SaveButton } from '../../components/save-button';

interface Values {
  minutes: string;
  notes: Record<string, string | undefined>;
}

/**
 * 会议纪要: the meeting's minutes and a deliberation note (合议意见) per application. The office edits
 * them until the results are fixed; everyone else reads them.
 */
export function MinutesTab({ detail, onSaved }: { detail: SessionDetail; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  // The server offers `minutes` to the office from the draw until the results are fixed; afterwards they are part of the record.
  const editable = detail.actions.some((action) => action.step === 'minutes');

  useEffect(() => {
    form.setFieldsValue({
      minutes: detail.minutes,
      notes: Object.fromEntries(detail.agenda.map((a) => [a.applicationId, a.deliberationNote ?? ''])),
    });
  }, [detail, form]);

  const save = async () => {
    const values = form.getFieldsValue(true) as Values;
    const notes = detail.agenda
      .map((a) => ({ applicationId: a.applicationId, note: (values.notes?.[a.applicationId] ?? '').trim() }))
      .filter(
        (n) =>
          n.note !== (detail.agenda.find((a) => a.applicationId === n.applicationId)?.deliberationNote ?? ''),
      );
    setSaving(true);
    setProblem(undefined);
    try {
      await recordMinutes(detail.id, { minutes: values.minutes ?? '', notes });
      message.success('会议纪要已保存');
      onSaved();
    } catch (error) {
      setProblem(error);
      message.error(`保存失败：${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

  if (!editable && !detail.minutes && detail.agenda.every((a) => !a.deliberationNote))
    return <Empty description="尚无会议纪要；专家抽取后至确定结果前，办事机构可记录会议纪要与合议意见" />;

  return (
    <Form<Values> form={form} layout="vertical" disabled={!editable} data-testid="minutes-form">
      <ProblemAlert error={problem} style={{ marginBottom: 12 }} />
      <Form.Item name="minutes" label="会议纪要">
        <CountedTextArea
          rows={8}
          maxLength={20000}
          placeholder="会议议程、到会情况、答辩与合议过程、表决情况等"
        />
      </Form.Item>
      <Typography.Text strong>合议意见</Typography.Text>
      {detail.agenda.map((item) => (
        <Form.Item
          key={item.applicationId}
          name={['notes', item.applicationId]}
          label={`${item.code} ${item.personName}（${item.title}）`}
          style={{ marginTop: 8 }}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      ))}
      {editable ? <SaveButton saving={saving} onClick={save} label="保存会议纪要" /> : null}
    </Form>
  );
}
