import {
  Badge,
  Checkbox,
  Collapse,
  type CollapseProps,
  DatePicker,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Select,
  Switch,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { employerKindOptions, levelNames, levelOrder } from '../../lib/labels';
import {
  achievementKindOptions,
  appraisalNames,
  degreeNames,
  optionsOf,
  residenceNames,
  skillLevelNames,
  titleViaNames,
  workAreaNames,
  workRelationNames,
} from '../../lib/policy-labels';
import { RowList } from './row-list';
import {
  type ApplicantValues,
  newEducation,
  newTitle,
  newWork,
  type SelfCheckValues,
  seriesOptions,
} from './self-check-values';

const A = 'applicant';
const levelOptions = levelOrder.map((level) => ({ value: level, label: levelNames[level] }));
const required = (message: string): Rule[] => [{ required: true, message }];
const thisYear = new Date().getFullYear();

/** A labelled field of fixed width inside a list row or a section. */
function Field({
  name,
  label,
  width,
  rules,
  valuePropName,
  tooltip,
  children,
}: {
  name: (string | number)[];
  label: string;
  width: number;
  rules?: Rule[];
  valuePropName?: string;
  tooltip?: string;
  children: ReactNode;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={rules}
      valuePropName={valuePropName}
      tooltip={tooltip}
      style={{ width, marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  );
}

const date = <DatePicker style={{ width: '100%' }} placeholder="YYYY-MM-DD" />;
const openDate = <DatePicker style={{ width: '100%' }} placeholder="至今" />;

/** A section's heading with the number of entries it holds, so a closed section still says what it has. */
function SectionLabel({
  form,
  title,
  lists,
}: {
  form: FormInstance<SelfCheckValues>;
  title: string;
  lists: (keyof ApplicantValues)[];
}) {
  const applicant = Form.useWatch(A, form) as ApplicantValues | undefined;
  const count = lists.reduce(
    (sum, list) => sum + ((applicant?.[list] as unknown[] | undefined)?.length ?? 0),
    0,
  );
  return (
    <Flex align="center" gap={8}>
      <span>{title}</span>
      {lists.length > 0 ? (
        <Badge count={count} showZero color={count > 0 ? '#1f5fbf' : '#bfbfbf'} size="small" />
      ) : null}
    </Flex>
  );
}

/**
 * The applicant's facts in collapsible sections. Every section is rendered even while closed, so its
 * fields take part in validation and can receive the server's field errors.
 */
export function ApplicantSections({
  form,
  active,
  onActiveChange,
}: {
  form: FormInstance<SelfCheckValues>;
  active: string[];
  onActiveChange: (keys: string[]) => void;
}) {
  const item = (
    key: string,
    title: string,
    lists: (keyof ApplicantValues)[],
    children: ReactNode,
  ): NonNullable<CollapseProps['items']>[number] => ({
    key,
    label: <SectionLabel form={form} title={title} lists={lists} />,
    forceRender: true,
    children,
  });

  const items: CollapseProps['items'] = [
    item(
      'basic',
      '基本情况',
      [],
      <Flex wrap gap="0 16px">
        <Field name={[A, 'birthDate']} label="出生日期" width={170} rules={required('请选择出生日期')}>
          {date}
        </Field>
        <Field name={[A, 'residence']} label="身份" width={250}>
          <Select options={optionsOf(residenceNames)} />
        </Field>
        <Field name={[A, 'retired']} label="已退休" width={88} valuePropName="checked">
          <Switch />
        </Field>
        <Field
          name={[A, 'socialInsurance', 'monthsWithCurrentEmployer']}
          label="在现单位缴纳社保（月）"
          width={210}
          tooltip="不填则不作审核（由评审机构核实）"
        >
          <InputNumber min={0} max={1200} precision={0} style={{ width: '100%' }} placeholder="不填" />
        </Field>
        <Field
          name={[A, 'integrity', 'bannedUntil']}
          label="禁止申报期限至"
          width={170}
          tooltip="因弄虚作假被禁止申报的，填写期限届满日期"
        >
          <DatePicker style={{ width: '100%' }} placeholder="无" />
        </Field>
        <Field
          name={[A, 'practicedSpecialty', 'specialty']}
          label="长期从事的专业"
          width={200}
          tooltip="与所学专业不一致时填写（涉及公共安全、人身健康的系列或专业除外）"
        >
          <Input placeholder="如：通信工程" maxLength={100} />
        </Field>
        <Field
          name={[A, 'practicedSpecialty', 'since']}
          label="从事该专业起始"
          width={170}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                value || !getFieldValue([A, 'practicedSpecialty', 'specialty'])?.trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error('请填写从事该专业的起始日期')),
            }),
          ]}
          tooltip="填写了长期从事的专业时必填"
        >
          {date}
        </Field>
      </Flex>,
    ),
    item(
      'education',
      '学历',
      ['education'],
      <RowList name={[A, 'education']} noun="学历" emptyText="未填写学历（按无学历计）" newRow={newEducation}>
        {(field) => (
          <>
            <Field
              name={[field.name, 'degree']}
              label="学历（学位）"
              width={120}
              rules={required('请选择学历')}
            >
              <Select options={optionsOf(degreeNames)} />
            </Field>
            <Field name={[field.name, 'major']} label="所学专业" width={110}>
              <Input maxLength={100} />
            </Field>
            <Field name={[field.name, 'graduatedOn']} label="毕业日期" width={130}>
              {date}
            </Field>
            <Field name={[field.name, 'fullTime']} label="全日制" width={60} valuePropName="checked">
              <Switch size="small" />
            </Field>
            <Field name={[field.name, 'vocational']} label="职业院校" width={70} valuePropName="checked">
              <Switch size="small" />
            </Field>
          </>
        )}
      </RowList>,
    ),
    item(
      'titles',
      '已取得职称',
      ['titles'],
      <RowList
        name={[A, 'titles']}
        noun="职称"
        emptyText="尚未取得职称"
        newRow={() => newTitle(form.getFieldValue('target'))}
      >
        {(field) => (
          <>
            <Field name={[field.name, 'series']} label="职称系列" width={170} rules={required('请选择系列')}>
              <Select options={seriesOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Field>
            <Field name={[field.name, 'level']} label="层级" width={96} rules={required('请选择层级')}>
              <Select options={levelOptions} />
            </Field>
            <Field
              name={[field.name, 'obtainedOn']}
              label="取得日期"
              width={140}
              rules={required('请选择取得日期')}
            >
              {date}
            </Field>
            <Field name={[field.name, 'via']} label="取得方式" width={100}>
              <Select options={optionsOf(titleViaNames)} />
            </Field>
          </>
        )}
      </RowList>,
    ),
    item(
      'work',
      '工作经历',
      ['work'],
      <RowList
        name={[A, 'work']}
        noun="工作经历"
        emptyText="未填写工作经历（申报须在本人人事（劳动）关系所在单位）"
        newRow={() => newWork()}
      >
        {(field) => (
          <>
            <Field
              name={[field.name, 'from']}
              label="起始日期"
              width={140}
              rules={required('请选择起始日期')}
            >
              {date}
            </Field>
            <Field name={[field.name, 'to']} label="截止日期" width={140} tooltip="仍在此单位工作的不填">
              {openDate}
            </Field>
            <Field name={[field.name, 'employerKind']} label="单位性质" width={120}>
              <Select options={employerKindOptions} />
            </Field>
            <Field name={[field.name, 'relation']} label="用工关系" width={110}>
              <Select options={optionsOf(workRelationNames)} />
            </Field>
            <Field name={[field.name, 'area']} label="单位所在" width={140}>
              <Select options={optionsOf(workAreaNames)} />
            </Field>
            <Field name={[field.name, 'frontline']} label="一线岗位" width={88} valuePropName="checked">
              <Switch size="small" />
            </Field>
            <Field name={[field.name, 'teaching']} label="教学工作" width={88} valuePropName="checked">
              <Switch size="small" />
            </Field>
          </>
        )}
      </RowList>,
    ),
    item(
      'posts',
      '岗位聘任（事业单位）',
      ['posts'],
      <RowList name={[A, 'posts']} noun="岗位聘任" emptyText="未聘任事业单位专业技术岗位" newRow={() => ({})}>
        {(field) => (
          <>
            <Field
              name={[field.name, 'grade']}
              label="岗位等级（1–13级）"
              width={150}
              rules={required('请填写岗位等级')}
            >
              <InputNumber min={1} max={13} precision={0} style={{ width: '100%' }} addonAfter="级" />
            </Field>
            <Field
              name={[field.name, 'from']}
              label="聘任起始"
              width={150}
              rules={required('请选择聘任起始日期')}
            >
              {date}
            </Field>
            <Field name={[field.name, 'to']} label="聘任截止" width={150} tooltip="仍在此岗位的不填">
              {openDate}
            </Field>
          </>
        )}
      </RowList>,
    ),
    item(
      'appraisals',
      '年度考核与继续教育',
      ['annualAppraisals', 'continuingEducation'],
      <Flex vertical gap={12}>
        <Typography.Text strong>年度考核</Typography.Text>
        <RowList
          name={[A, 'annualAppraisals']}
          noun="年度考核"
          emptyText="未填写年度考核结果"
          newRow={() => ({ year: thisYear - 1, result: 'competent' })}
        >
          {(field) => (
            <>
              <Field name={[field.name, 'year']} label="年度" width={110} rules={required('请填写年度')}>
                <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />
              </Field>
              <Field name={[field.name, 'result']} label="考核结果" width={150}>
                <Select options={optionsOf(appraisalNames)} />
              </Field>
            </>
          )}
        </RowList>
        <Typography.Text strong>继续教育学时</Typography.Text>
        <RowList
          name={[A, 'continuingEducation']}
          noun="继续教育学时"
          emptyText="未填写继续教育学时"
          newRow={() => ({ year: thisYear - 1, hours: 90, professionalHours: 60 })}
        >
          {(field) => (
            <>
              <Field name={[field.name, 'year']} label="年度" width={110} rules={required('请填写年度')}>
                <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />
              </Field>
              <Field name={[field.name, 'hours']} label="总学时" width={110} rules={required('请填写总学时')}>
                <InputNumber min={0} max={10000} style={{ width: '100%' }} />
              </Field>
              <Field
                name={[field.name, 'professionalHours']}
                label="其中专业科目"
                width={120}
                rules={required('请填写专业科目学时')}
              >
                <InputNumber min={0} max={10000} style={{ width: '100%' }} />
              </Field>
            </>
          )}
        </RowList>
      </Flex>,
    ),
    item(
      'merits',
      '专家推荐与业绩成果',
      ['recommendations', 'achievements'],
      <Flex vertical gap={12}>
        <Typography.Text strong>同行专家推荐</Typography.Text>
        <RowList
          name={[A, 'recommendations']}
          noun="专家推荐"
          emptyText="暂无专家推荐"
          newRow={() => ({ byLevel: 'senior', sameOrCloseSpecialty: true })}
        >
          {(field) => (
            <>
              <Field name={[field.name, 'byLevel']} label="推荐专家职称层级" width={150}>
                <Select options={levelOptions} />
              </Field>
              <Field
                name={[field.name, 'sameOrCloseSpecialty']}
                label="相同或相近专业"
                width={120}
                valuePropName="checked"
              >
                <Switch size="small" />
              </Field>
            </>
          )}
        </RowList>
        <Typography.Text strong>业绩成果、获奖与资格</Typography.Text>
        <RowList
          name={[A, 'achievements']}
          noun="业绩成果"
          emptyText="暂无业绩成果"
          newRow={() => ({ kind: 'major-breakthrough' })}
        >
          {(field) => (
            <>
              <Field name={[field.name, 'kind']} label="类别" width={290} rules={required('请选择类别')}>
                <Select options={achievementKindOptions} />
              </Field>
              <Field name={[field.name, 'on']} label="取得日期" width={150}>
                {date}
              </Field>
              <Form.Item
                noStyle
                shouldUpdate={(previous, next) =>
                  previous.applicant?.achievements?.[field.name]?.kind !==
                  next.applicant?.achievements?.[field.name]?.kind
                }
              >
                {({ getFieldValue }) => {
                  const kind = getFieldValue([A, 'achievements', field.name, 'kind']);
                  if (kind === 'skill-level')
                    return (
                      <Field
                        name={[field.name, 'level']}
                        label="技能等级"
                        width={130}
                        rules={required('请选择技能等级')}
                      >
                        <Select options={optionsOf(skillLevelNames)} />
                      </Field>
                    );
                  if (kind === 'professional-qualification')
                    return (
                      <Field
                        name={[field.name, 'name']}
                        label="资格名称"
                        width={220}
                        rules={[{ required: true, whitespace: true, message: '请填写职业资格名称' }]}
                      >
                        <Input maxLength={100} placeholder="如：一级注册建造师" />
                      </Field>
                    );
                  return null;
                }}
              </Form.Item>
            </>
          )}
        </RowList>
      </Flex>,
    ),
    item(
      'statuses',
      '特殊身份与本年度申报',
      ['applicationsThisYear'],
      <Flex vertical gap={8}>
        <Flex wrap gap="0 16px">
          <Field name={[A, 'statuses', 'returnee']} label="海外归国人员" width={100} valuePropName="checked">
            <Switch size="small" />
          </Field>
          <Field
            name={[A, 'statuses', 'partyGovTransfer']}
            label="党政机关交流"
            width={100}
            valuePropName="checked"
          >
            <Switch size="small" />
          </Field>
          <Field
            name={[A, 'statuses', 'militaryTransfer']}
            label="部队转业安置"
            width={100}
            valuePropName="checked"
          >
            <Switch size="small" />
          </Field>
          <Field
            name={[A, 'statuses', 'oneStepUsed']}
            label="已享受过“一步到位”"
            width={150}
            valuePropName="checked"
          >
            <Switch size="small" />
          </Field>
          <Field
            name={[A, 'statuses', 'countyServiceContractYears']}
            label="与县以下单位服务合同（年）"
            width={190}
          >
            <InputNumber min={0} max={60} style={{ width: '100%' }} />
          </Field>
          <Field
            name={[A, 'statuses', 'talentCategory']}
            label="人才类别"
            width={120}
            tooltip="吉林省人才分类 A–E"
          >
            <Select
              allowClear
              placeholder="无"
              options={['A', 'B', 'C', 'D', 'E'].map((value) => ({ value, label: `${value}类` }))}
            />
          </Field>
        </Flex>
        <Flex wrap gap="0 16px" align="center">
          <Typography.Text type="secondary" style={{ marginBottom: 12 }}>
            疫情防控一线：
          </Typography.Text>
          <Form.Item
            name={[A, 'statuses', 'covidFrontline', 'contact']}
            valuePropName="checked"
            style={{ marginBottom: 12 }}
          >
            <Checkbox>接触确诊病例或无症状感染者</Checkbox>
          </Form.Item>
          <Form.Item
            name={[A, 'statuses', 'covidFrontline', 'outstanding']}
            valuePropName="checked"
            style={{ marginBottom: 12 }}
          >
            <Checkbox>做出突出贡献</Checkbox>
          </Form.Item>
        </Flex>
        <Typography.Text strong>本年度已提出的其他职称申报</Typography.Text>
        <RowList
          name={[A, 'applicationsThisYear']}
          noun="本年度申报"
          emptyText="本年度无其他申报"
          newRow={() => ({ series: 'engineering', level: 'intermediate' })}
        >
          {(field) => (
            <>
              <Field
                name={[field.name, 'series']}
                label="职称系列"
                width={200}
                rules={required('请选择系列')}
              >
                <Select options={seriesOptions} showSearch={{ optionFilterProp: 'label' }} />
              </Field>
              <Field name={[field.name, 'level']} label="层级" width={100} rules={required('请选择层级')}>
                <Select options={levelOptions} />
              </Field>
            </>
          )}
        </RowList>
      </Flex>,
    ),
  ];

  return (
    <Collapse
      items={items}
      activeKey={active}
      onChange={(keys) => onActiveChange(Array.isArray(keys) ? keys : [keys])}
    />
  );
}
