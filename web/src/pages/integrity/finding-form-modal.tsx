import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { parseCertificateNumber } from '../../../../src/domain/certificates/certificate-number';
import { recordFinding } from '../../api/integrity';
import { Caution } from '../../components/caution';
import { CodeInput, idNumberRules } from '../../components/code-input';
import { CountedTextArea } from '../../components/counted-text-area';
import { FieldRow, RowField } from '../../components/field-row';
import { FormModal } from '../../components/form-modal';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';
import { useMe } from '../../session/session-context';

interface Values {
  personName: string;
  idNumber: string;
  regionCode: string;
  decisionNumber: string;
  decidedOn: Dayjs;
  facts: string;
  evidence: string;
  certificateNumbers: string[];
}

const fields = [
  'personName',
  'idNumber',
  'regionCode',
  'decisionNumber',
  'decidedOn',
  'facts',
  'evidence',
  'certificateNumbers',
] as const;

interface Props {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Checks each certificate number's form as it is entered; the ledger itself is checked by the server. */
async function wellFormedNumbers(_rule: unknown, numbers: string[] | undefined) {
  for (const number of numbers ?? []) {
    const parsed = parseCertificateNumber(number);
    if (!parsed.valid) throw new Error(`${number}：${parsed.reason}`);
  }
}

/**
 * 记录失信行为: the HR bureau's finding of fraud with its decision and evidence. Saving revokes the listed
 * titles and bans applications for the period the policy sets (national: 3 years) — all or nothing.
 */
export function FindingFormModal({ open, onClose, onSaved }: Props) {
  const me = useMe();
  const { form, message, frame, submit } = useModalForm<Values>(open, fields);

  const save = () =>
    submit(async (values) => {
      const recorded = await recordFinding({
        personName: values.personName.trim(),
        idNumber: values.idNumber.trim().toUpperCase(),
        regionCode: values.regionCode,
        decisionNumber: values.decisionNumber.trim(),
        decidedOn: values.decidedOn.format('YYYY-MM-DD'),
        facts: values.facts.trim(),
        evidence: values.evidence.trim(),
        certificateNumbers: (values.certificateNumbers ?? []).map((n) =>
          n.replace(/[\s-]/g, '').toUpperCase(),
        ),
      });
      const revoked = recorded.revokedCertificates.length;
      message.success(
        `已记入诚信档案${revoked ? `，撤销职称证书${revoked}本` : ''}；${recorded.bannedUntil}前不得申报职称评审`,
      );
      onSaved();
    });

  return (
    <FormModal
      {...frame}
      title="记录失信行为"
      okText="记入诚信档案"
      width={720}
      onOk={save}
      onCancel={onClose}
    >
      <Caution>
        保存后，所列职称证书即予撤销，并在禁止申报期内拒绝其职称申报（国家规定3年）。请核对证书编号与认定决定。
      </Caution>
      <Form<Values>
        form={form}
        layout="vertical"
        name="finding"
        initialValues={{ regionCode: me.jurisdiction.code, decidedOn: dayjs(), certificateNumbers: [] }}
      >
        <FieldRow>
          <RowField name="personName" label="姓名" rules={requiredText('姓名', 2)} width={160}>
            <Input maxLength={50} autoComplete="off" />
          </RowField>
          <RowField
            name="idNumber"
            label="身份证号码"
            extra="加密保存，列表中仅显示脱敏号码"
            rules={idNumberRules}
            width={260}
          >
            <CodeInput />
          </RowField>
        </FieldRow>
        <FieldRow>
          <RowField name="regionCode" label="所在地区" rules={requiredChoice('行政区划')} width={240}>
            <JurisdictionCascader allowClear={false} />
          </RowField>
          <RowField
            name="decisionNumber"
            label="认定决定文号"
            rules={requiredText('认定决定文号', 4)}
            width={200}
          >
            <Input maxLength={60} autoComplete="off" placeholder="如：鞍人社〔2026〕15号" />
          </RowField>
          <RowField name="decidedOn" label="认定日期" rules={requiredChoice('认定日期')} width={160} fixed>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </RowField>
        </FieldRow>
        <Form.Item
          name="facts"
          label="弄虚作假事实"
          rules={[
            { required: true, whitespace: true, min: 10, message: '请写明弄虚作假的事实（不少于10个字）' },
          ]}
        >
          <CountedTextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label="证据材料"
          rules={[{ required: true, whitespace: true, min: 2, message: '请写明认定所依据的证据材料' }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={2000}
            placeholder="如：核查报告、原单位出具的证明材料、询问笔录"
          />
        </Form.Item>
        <Form.Item
          name="certificateNumbers"
          label="以弄虚作假取得、应予撤销的职称证书编号"
          extra="输入证书编号后按回车，可填写多个；证书须为本人现行有效的证书。未取得职称的可不填。"
          rules={[{ validator: wellFormedNumbers }]}
        >
          <Select
            mode="tags"
            open={false}
            tokenSeparators={[',', '，', ' ', '、']}
            placeholder="21位证书编号"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
