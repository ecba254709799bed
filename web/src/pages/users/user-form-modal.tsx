import { Form, Input, Select } from 'antd';
import type { Role } from '../../api/auth';
import { createUser, type UserRow, updateUser } from '../../api/users';
import { FormModal } from '../../components/form-modal';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { OrganisationSelect } from '../../components/organisation-select';
import { requiredChoice, requiredName } from '../../lib/form-rules';
import { roleOptions } from '../../lib/labels';
import { useEditModalForm } from '../../lib/use-modal-form';
import { InitialPasswordFields } from './initial-password-fields';

interface Values {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
  roles: Role[];
  organisationId: string | null;
  jurisdictionCode: string;
}

const fields = [
  'username',
  'displayName',
  'password',
  'roles',
  'organisationId',
  'jurisdictionCode',
] as const;

interface Props {
  open: boolean;
  /** The user being edited; `null` creates a new one. */
  user: UserRow | null;
  onClose: () => void;
  onSaved: (user: UserRow) => void;
}

/** 新建用户 / 编辑用户. Passwords are set here only on creation; later through 重置密码. */
export function UserFormModal({ open, user, onClose, onSaved }: Props) {
  const { form, message, frame, submit } = useEditModalForm<Values, UserRow>(open, user, fields, (row) => ({
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    organisationId: row.organisation?.id ?? null,
    jurisdictionCode: row.jurisdiction.code,
  }));
  const editing = user !== null;

  const save = () =>
    submit(
      async (values) => {
        const common = {
          displayName: values.displayName.trim(),
          roles: values.roles,
          organisationId: values.organisationId ?? null,
          jurisdictionCode: values.jurisdictionCode,
        };
        const saved = user
          ? await updateUser(user.id, common)
          : await createUser({ ...common, username: values.username.trim(), password: values.password });
        message.success(user ? '用户信息已保存' : `已创建用户 ${saved.username}`);
        onSaved(saved);
      },
      // A duplicate username comes back as a bare 409; it belongs on the username field.
      { conflictField: editing ? undefined : 'username' },
    );

  return (
    <FormModal
      {...frame}
      title={editing ? `编辑用户：${user.displayName}` : '新建用户'}
      okText="保存"
      width={600}
      onOk={save}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ span: 5 }}
        wrapperCol={{ span: 18 }}
        name="user"
      >
        <Form.Item
          name="username"
          label="用户名"
          extra={editing ? '用户名创建后不可修改' : '用于登录，创建后不可修改'}
          rules={[
            { required: true, whitespace: true, message: '请输入用户名' },
            { pattern: /^\S+$/, message: '用户名不能包含空格' },
            { max: 64, message: '用户名不超过 64 个字符' },
          ]}
        >
          <Input disabled={editing} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={requiredName('姓名', 50)}>
          <Input autoComplete="off" />
        </Form.Item>
        {editing ? null : <InitialPasswordFields label="初始密码" confirmLabel="确认密码" />}
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <Select mode="multiple" options={roleOptions} placeholder="请选择角色" allowClear />
        </Form.Item>
        <Form.Item name="organisationId" label="所属单位" extra="专家、监管等不隶属单位的账号可不选">
          <OrganisationSelect initial={user?.organisation ?? null} />
        </Form.Item>
        <Form.Item name="jurisdictionCode" label="行政区划" rules={requiredChoice('行政区划')}>
          <JurisdictionCascader />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
