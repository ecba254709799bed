import { DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { createExpert, type NewExpert } from '../../api/experts';
import { CodeInput } from '../../components/code-input';
import { FieldRow, RowField } from '../../components/field-row';
import { FormModal } from '../../components/form-modal';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { OrganisationSelect } from '../../components/organisation-select';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';
import { levelOptions } from '../self-check/fields';
import { seriesOptions } from '../self-check/self-check-values';

/** The form holds the term as dates to pick; the request takes them as `YYYY-MM-DD`. */
type Values = Omit<NewExpert, 'termFrom' | 'termTo'> & { termFrom: Dayjs; termTo: Dayjs };

const fields = [
  'name',
  'idNumber',
  'series',
  'level',
  'specialty',
  'unitOrganisationId',
  'unitName',
  'regionCode',
  'privateSector',
  'termFrom',
  'termTo',
] as const;

/** What a new expert starts with: a senior engineer, appointed from this year to the end of the year after next. */
function newExpert(): Partial<Values> {
  const thisYear = dayjs().year();
  return {
    series: 'engineering',
    level: 'senior',
    privateSector: false,
    termFrom: dayjs(`${thisYear}-01-01`),
    termTo: dayjs(`${thisYear + 2}-12-31`),
  };
}

interface Props {
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}

/**
 * 登记专家: title, specialty, unit and region (used by recusal), the private-sector flag and a
 * term of at most 3 years. With an ID number, registering the same person again updates them.
 */
export function ExpertFormModal({ open, onClose, onSaved }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(open, fields);

  const save = () =>
    submit(async (values) => {
      const { id } = await createExpert({
        name: values.name.trim(),
        ...(values.idNumber?.trim() ? { idNumber: values.idNumber.trim().toUpperCase() } : {}),
        series: values.series,
        level: values.level,
        specialty: values.specialty.trim(),
        unitOrganisationId: values.unitOrganisationId ?? null,
        unitName: values.unitName.trim(),
        regionCode: values.regionCode,
        privateSector: values.privateSector === true,
        termFrom: values.termFrom.format('YYYY-MM-DD'),
        termTo: values.termTo.format('YYYY-MM-DD'),
      });
      message.success(`已登记专家 ${values.name.trim()}`);
      onSaved(id);
    });

  return (
    <FormModal {...frame} title="登记专家" okText="登记" width={680} onOk={save} onCancel={onClose}>
      <Form<Values> form={form} layout="vertical" name="expert" initialValues={newExpert()}>
        <FieldRow>
          <RowField name="name" label="姓名" rules={requiredText('姓名', 2)} width={180}>
            <Input maxLength={50} autoComplete="off" />
          </RowField>
          <RowField
            name="idNumber"
            label="身份证号码（可选）"
            extra="用于回避核对和重复登记识别，加密保存"
            width={260}
          >
            <CodeInput />
          </RowField>
        </FieldRow>
        <FieldRow>
          <RowField name="series" label="职称系列" rules={requiredChoice('系列')} width={180}>
            <Select options={seriesOptions} showSearch={{ optionFilterProp: 'label' }} />
          </RowField>
          <RowField name="level" label="职称层级" rules={requiredChoice('层级')} width={140} fixed>
            <Select options={levelOptions} />
          </RowField>
          <RowField name="specialty" label="专业" rules={requiredText('专业')} width={160}>
            <Input maxLength={50} autoComplete="off" placeholder="如：通信工程" />
          </RowField>
        </FieldRow>
        <Form.Item
          name="unitOrganisationId"
          label="工作单位（系统内单位）"
          extra="选择系统内登记的单位，抽取时据此回避同单位申报人"
        >
          <OrganisationSelect placeholder="输入单位名称搜索；系统外单位可不选" />
        </Form.Item>
        <Form.Item name="unitName" label="工作单位名称" rules={requiredText('工作单位')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <FieldRow>
          <RowField name="regionCode" label="所在地区" rules={requiredChoice('行政区划')} width={260}>
            <JurisdictionCascader />
          </RowField>
          <RowField name="privateSector" label="民营企业专家" valuePropName="checked" width={120} fixed>
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </RowField>
        </FieldRow>
        <FieldRow>
          <RowField name="termFrom" label="聘期起" rules={requiredChoice('聘期起始日期')} width={180}>
            <DatePicker style={{ width: '100%' }} />
          </RowField>
          <RowField
            name="termTo"
            label="聘期止"
            extra="聘期不超过3年"
            rules={requiredChoice('聘期截止日期')}
            width={180}
          >
            <DatePicker style={{ width: '100%' }} />
          </RowField>
        </FieldRow>
      </Form>
    </FormModal>
  );
}
