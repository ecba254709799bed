import { Button, Col, Flex, Form, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  type Appointment,
  type AppointmentCheck,
  type AppointmentDraft,
  type AppointmentFinding,
  checkAppointment,
  createAppointment,
  proposeAppointment,
  updateAppointment,
} from '../../api/posts';
import { DetailDrawer } from '../../components/detail-drawer';
import { ProblemAlert } from '../../components/problem-alert';
import { useAction } from '../../lib/use-action';
import { AppointmentFindings, findingsOfRefusal, refusalTitle } from './appointment-findings';
import { AppointmentFormFields, type AppointmentValues, draftOf } from './appointment-form-fields';
import { ReturnReasons } from './post-plan-wizard';

const NO_ONE = { newStaff: false, exchangeEntrant: false, dualRole: false, introducedTalent: false };

/** What a draft shows again: the request as the unit wrote it, else what the record itself says. */
function valuesOf(appointment: Appointment | null): Partial<AppointmentValues> {
  if (!appointment) return { personId: null, kind: 'first', person: NO_ONE };
  const { request } = appointment;
  if (request)
    return {
      ...request,
      personId: request.personId,
      startDate: dayjs(appointment.startDate),
      endDate: request.endDate ? dayjs(request.endDate) : undefined,
      titleDueDate: request.titleDueDate ? dayjs(request.titleDueDate) : undefined,
    };
  return {
    personId: appointment.person.id,
    kind: appointment.kind as AppointmentValues['kind'],
    grade: appointment.grade,
    startDate: dayjs(appointment.startDate),
    reason: appointment.reason ?? undefined,
    approvalDocument: appointment.approvalDocument ?? undefined,
    titleDueDate: appointment.titleDueDate ? dayjs(appointment.titleDueDate) : undefined,
    borrowFromGrade: appointment.borrowedFromGrade ?? undefined,
    person: NO_ONE,
  };
}

/** Waits for a pause in typing before asking the server, and drops answers to older questions. */
const LIVE_CHECK_DELAY_MS = 500;

/**
 * The guards' answer for what the form holds now, asked as the user fills it: every finding, or the
 * request's own fault (a person not of the unit, a start before the plan) as `problem`.
 */
function useLiveCheck(draft: AppointmentDraft | null) {
  const [check, setCheck] = useState<AppointmentCheck | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const key = draft ? JSON.stringify(draft) : null;
  const latest = useRef(key);
  latest.current = key;

  useEffect(() => {
    if (!key) {
      setCheck(null);
      setProblem(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      checkAppointment(JSON.parse(key) as AppointmentDraft, controller.signal)
        .then((answer) => {
          if (latest.current !== key) return;
          setCheck(answer);
          setProblem(null);
        })
        .catch((error) => {
          if (controller.signal.aborted || latest.current !== key) return;
          setCheck(null);
          setProblem(error);
        });
    }, LIVE_CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return { check, problem };
}

interface Props {
  /** `'new'` for a new request, a draft or a returned one to correct it, `null` to keep it closed. */
  subject: Appointment | 'new' | null;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * 聘用申请 as the unit fills it: who, which kind and grade, when, and what the unit states about the
 * person. As it is filled, the server's dry run lists every rule it breaks (with its clause), what
 * waits only for a date, and what passes — beside the form, above it on a phone. 保存并公示 is
 * refused with the same list and changes nothing; when only time is missing the refusal names the
 * earliest date, and the user may accept it (the draft then moves there and is publicised).
 */
export function AppointmentForm({ subject, onClose, onChanged }: Props) {
  const [form] = Form.useForm<AppointmentValues>();
  const [saved, setSaved] = useState<Appointment | null>(null);
  // A refusal stands until the user changes the form; a wait's also shows the live check at the moved date.
  const [refused, setRefused] = useState<{
    findings: AppointmentFinding[];
    message: string;
    /** The earliest date, when only time is missing. */
    earliest: string | null;
  } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { busy, run, message } = useAction();
  const values = Form.useWatch([], form) as Partial<AppointmentValues> | undefined;
  const draft = values ? draftOf(values) : null;
  const live = useLiveCheck(draft);

  useEffect(() => {
    if (subject === null) return;
    const start = subject === 'new' ? null : subject;
    setSaved(start);
    setRefused(null);
    setError(null);
    form.resetFields();
    form.setFieldsValue(valuesOf(start) as AppointmentValues);
  }, [subject, form]);

  const save = async (): Promise<Appointment | null> => {
    const filled = await form.validateFields().catch(() => null);
    const body = filled ? draftOf(filled) : null;
    if (!body) return null;
    setError(null);
    setRefused(null);
    try {
      const done = saved ? await updateAppointment(saved.id, body) : await createAppointment(body);
      setSaved(done);
      onChanged();
      return done;
    } catch (failure) {
      setError(failure);
      return null;
    }
  };

  const saveDraft = () =>
    run(async () => {
      const done = await save();
      if (done) message.success(`已保存 ${done.person.name} 的聘用申请草稿`);
    });

  const saveAndPropose = (acceptEarliestDate = false) =>
    run(async () => {
      const done = acceptEarliestDate ? saved : await save();
      if (!done) return;
      try {
        const proposed = await proposeAppointment(done.id, acceptEarliestDate);
        message.success(`已提交并在单位公示，公示期至 ${proposed.publicityUntil ?? '—'}`);
        onChanged();
        onClose();
      } catch (failure) {
        const findings = findingsOfRefusal(failure);
        if (!findings) {
          setError(failure);
          return;
        }
        const tooEarly = failure instanceof ApiError && failure.code === 'APPOINTMENT_TOO_EARLY';
        const earliest = tooEarly ? (findings.find((f) => f.from)?.from ?? null) : null;
        setRefused({ findings, message: refusalTitle(failure), earliest });
      }
    });

  return (
    <DetailDrawer
      subject={subject}
      onClose={onClose}
      title={saved ? `修改聘用申请：${saved.person.name}` : '新建聘用申请'}
      width={1080}
    >
      <Row gutter={[24, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 14, order: 1 }}>
          <Form
            form={form}
            layout="vertical"
            name="appointment"
            data-testid="appointment-form"
            onValuesChange={() => setRefused(null)}
          >
            <AppointmentFormFields
              kind={values?.kind}
              level={values?.level}
              newStaff={values?.person?.newStaff}
              introducedTalent={values?.person?.introducedTalent}
              editing={saved}
            />
          </Form>
        </Col>
        {/* On a phone the findings come first: they are what the user fills the form to read. */}
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 10, order: 2 }}>
          <Flex vertical gap={12} style={{ position: 'sticky', top: 0 }}>
            <Flex gap={8} wrap>
              <Button onClick={saveDraft} loading={busy} data-testid="appointment-save">
                保存草稿
              </Button>
              <Button
                type="primary"
                onClick={() => saveAndPropose()}
                loading={busy}
                data-testid="appointment-propose"
              >
                保存并公示
              </Button>
            </Flex>
            <ProblemAlert error={error} title="保存失败" />
            {saved && saved.state === 'returned' && saved.returnReasons.length > 0 ? (
              <ReturnReasons reasons={saved.returnReasons} />
            ) : null}
            {refused ? (
              <AppointmentFindings check={null} refused={refused.findings} refusedMessage={refused.message} />
            ) : null}
            {refused?.earliest ? (
              <Button
                type="primary"
                onClick={() => saveAndPropose(true)}
                loading={busy}
                data-testid="appointment-accept-earliest"
              >
                改为 {refused.earliest} 起聘用并公示
              </Button>
            ) : null}
            {!refused || refused.earliest ? (
              <>
                <ProblemAlert error={live.problem} title="无法检查" />
                {live.check ? (
                  <AppointmentFindings check={live.check} />
                ) : (
                  <Typography.Text type="secondary" data-testid="appointment-check-hint">
                    选定人员、聘用类型、岗位等级和起始日期后，即按本单位适用的政策逐项检查，列出不符合的规定及依据。
                  </Typography.Text>
                )}
              </>
            ) : null}
          </Flex>
        </Col>
      </Row>
    </DetailDrawer>
  );
}
