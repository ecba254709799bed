import { Form, Input, Select } from 'antd';
import {
  createOrganisation,
  type EmployerKind,
  type OrganisationKind,
  type OrganisationRow,
  updateOrganisation,
} from '../../api/organisations';
import { CodeInput } from '../../components/code-input';
import { FormModal } from '../../components/form-modal';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { requiredChoice, requiredName } from '../../lib/form-rules';
import { employerKindOptions, organisationKindOptions } from '../../lib/labels';
import { useEditModalForm } from '../../lib/use-modal-form';
import { creditCodeRules, normaliseCreditCode } from './credit-code-rules';

interface Values {
  name: string;
  kind: OrganisationKind;
  creditCode: string;
  employerKind: EmployerKind | null;
  jurisdictionCode: string;
}

const fields = ['name', 'kind', 'creditCode', 'employerKind', 'jurisdictionCode'] as const;

interface Props {
  open: boolean;
  /** The organisation being edited; `null` creates a new one. */
  organisation: OrganisationRow | null;
  onClose: () => void;
  onSaved: (organisation: OrganisationRow) => void;
}

/** 新增单位 / 编辑单位. */
export function OrganisationFormModal({ open, organisation, onClose, onSaved }: Props) {
  const { form, message, frame, submit } = useEditModalForm<Values, OrganisationRow>(
    open,
    organisation,
    fields,
    (row) => ({
      name: row.name,
      kind: row.kind,
      creditCode: row.creditCode,
      employerKind: row.employerKind,
      jurisdictionCode: row.jurisdiction.code,
    }),
  );
  const kind = Form.useWatch('kind', form);

  const save = () =>
    submit(async (values) => {
      const input = {
        name: values.name.trim(),
        kind: values.kind,
        creditCode: values.creditCode,
        employerKind: values.employerKind ?? null,
        jurisdictionCode: values.jurisdictionCode,
      };
      const saved = organisation
        ? await updateOrganisation(organisation.id, input)
        : await createOrganisation(input);
      message.success(organisation ? '单位信息已保存' : `已新增单位 ${saved.name}`);
      onSaved(saved);
    });

  return (
    <FormModal
      {...frame}
      title={organisation ? `编辑单位：${organisation.name}` : '新增单位'}
      okText="保存"
      width={620}
      onOk={save}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        wrapperCol={{ span: 17 }}
        name="organisation"
        initialValues={{ employerKind: null }}
      >
        <Form.Item name="name" label="单位名称" rules={requiredName('单位名称', 100)}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={requiredChoice('单位类型')}>
          <Select options={organisationKindOptions} placeholder="请选择单位类型" />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label="统一社会信用代码"
          normalize={normaliseCreditCode}
          rules={creditCodeRules}
          validateDebounce={400}
          hasFeedback
        >
          <CodeInput />
        </Form.Item>
        <Form.Item
          name="employerKind"
          label="单位性质"
          extra={kind === 'employer' ? '决定适用的评审政策（如事业单位岗位、民营企业直通车）' : undefined}
          rules={[{ required: kind === 'employer', message: '用人单位须选择单位性质' }]}
        >
          <Select options={employerKindOptions} placeholder="请选择单位性质" allowClear />
        </Form.Item>
        <Form.Item name="jurisdictionCode" label="行政区划" rules={requiredChoice('行政区划')}>
          <JurisdictionCascader />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
