import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  type Appointment,
  type AppointmentFinding,
  endAppointment,
  fileAppointment,
  returnAppointment,
} from '../../api/posts';
import { CountedTextArea } from '../../components/counted-text-area';
import { shortReasonRules } from '../../components/reason-modal';
import { useModalForm } from '../../lib/use-modal-form';
import { findingsOfRefusal } from './appointment-findings';
import { DecisionFrame, documentRules, ReturnModal } from './plan-decision-modals';

interface Props {
  /** The appointment decided on; `null` keeps the modal closed. */
  appointment: Appointment | null;
  onClose: (changed: boolean) => void;
}

const WHAT = '聘用申请';

/** 退回 by the department (during or after the publicity) or the bureau, one reason a line. */
export function ReturnAppointmentModal({ appointment, onClose }: Props) {
  return (
    <ReturnModal
      subject={appointment}
      what={WHAT}
      name="appointment-return"
      example="公示期间收到异议，请核实"
      send={(a, reasons) => returnAppointment(a.id, reasons)}
      onClose={onClose}
    />
  );
}

/**
 * 备案 with the bureau's document number. The guards judge the appointment once more: a refusal
 * (422) closes the modal and hands its findings to the drawer, which lists them with their clauses.
 */
export function FileAppointmentModal({
  appointment,
  onClose,
  onRefused,
}: Props & { onRefused: (findings: AppointmentFinding[]) => void }) {
  const { form, frame, submit, message } = useModalForm<{ approvalDocument: string }>(appointment, [
    'approvalDocument',
  ]);
  const send = () =>
    submit(async ({ approvalDocument }) => {
      if (!appointment) return;
      try {
        await fileAppointment(appointment.id, approvalDocument.trim());
      } catch (error) {
        const findings = findingsOfRefusal(error);
        if (!findings) throw error;
        onRefused(findings);
        onClose(false);
        return;
      }
      message.success(`已备案 ${appointment.person.name} 的聘用`);
      onClose(true);
    });

  return (
    <DecisionFrame subject={appointment} what={WHAT} step="备案" frame={frame} onOk={send} onClose={onClose}>
      <Form form={form} layout="vertical" name="appointment-file">
        <Form.Item
          name="approvalDocument"
          label="备案文号"
          extra="备案后自聘用起始日期起计入岗位看板，原聘岗位同日终止"
          rules={documentRules('备案文号')}
        >
          <Input maxLength={100} placeholder="如：鞍人社聘备〔2026〕3号" />
        </Form.Item>
      </Form>
    </DecisionFrame>
  );
}

/** 解除聘用: the unit names the last day and why; the ending goes up the chain as a request of its own. */
export function EndAppointmentModal({ appointment, onClose }: Props) {
  const { form, frame, submit, message } = useModalForm<{ endDate: Dayjs; reason: string }>(appointment, [
    'endDate',
    'reason',
  ]);
  const send = () =>
    submit(async ({ endDate, reason }) => {
      if (!appointment) return;
      await endAppointment(appointment.id, endDate.format('YYYY-MM-DD'), reason.trim());
      message.success(`已起草 ${appointment.person.name} 的解除聘用申请，请提交公示`);
      onClose(true);
    });

  return (
    <DecisionFrame
      subject={appointment}
      what="聘用"
      step="解除"
      danger
      frame={frame}
      onOk={send}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" name="appointment-end">
        <Form.Item
          name="endDate"
          label="解除聘用日期"
          rules={[{ required: true, message: '请选择解除聘用日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label="解除聘用事由" rules={shortReasonRules('解除聘用事由')}>
          <CountedTextArea maxLength={200} rows={3} placeholder="如：聘期届满不再续聘" />
        </Form.Item>
      </Form>
    </DecisionFrame>
  );
}
