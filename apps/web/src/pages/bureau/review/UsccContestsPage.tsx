import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { api, ok } from '../../../api/client';
import type { Schema } from '../../../api/types';
import { ErrorAlert, Page } from '../../../components/Page';
import { dateTime } from '../../../format';
import { AccountStatus, useAccountActions } from '../admin/accounts';
import { useCatalog } from './shared';

type Contest = Schema<'UsccContestView'>;
type Organisation = Schema<'ContestedOrganisationView'>;

const contestsQuery = {
  queryKey: ['bureau', 'uscc-contests'],
  queryFn: () => ok(api.GET('/api/v1/bureau/uscc-contests')),
};

const TYPE_LABEL: Record<string, string> = { provider: '服务机构', enterprise: '企业' };

/**
 * 信用代码争议: codes registered by more than one organisation. Registering proves nothing; the code
 * becomes an organisation's when a reviewer checks its business licence in pool admission or tier
 * review. An admin can deactivate the accounts of a registration found to be false.
 */
export function UsccContestsPage() {
  const contests = useQuery(contestsQuery);
  const { regionName } = useCatalog();
  const { actions, dialog } = useAccountActions([contestsQuery.queryKey]);
  return (
    <Page title="信用代码争议">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="同一统一社会信用代码被多家机构注册时列在这里。入池审核或等级认定时核验营业执照，核验通过的一方取得该代码，其他注册不能再通过核验。"
      />
      <ErrorAlert error={contests.error} />
      {contests.data?.length === 0 ? <Empty description="暂无信用代码争议" /> : null}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {(contests.data ?? []).map((c: Contest) => (
          <Card
            key={`${c.type}:${c.uscc}`}
            size="small"
            title={
              <Space>
                <Typography.Text copyable>{c.uscc}</Typography.Text>
                <Tag>{TYPE_LABEL[c.type] ?? c.type}</Tag>
                {c.verifiedOrganisationId ? <Tag color="green">已核验</Tag> : <Tag color="orange">待核验</Tag>}
              </Space>
            }
          >
            <Table<Organisation>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={c.organisations}
              columns={[
                {
                  title: '注册名称',
                  dataIndex: 'name',
                  render: (name: string, o) => (
                    <Space>
                      {name}
                      {o.verifiedAt ? <Tag color="green">营业执照已核验</Tag> : null}
                    </Space>
                  ),
                },
                { title: '所在地区', dataIndex: 'regionCode', render: regionName },
                { title: '注册时间', dataIndex: 'createdAt', render: dateTime },
                {
                  title: '账号',
                  key: 'users',
                  render: (_, o) => (
                    <Space direction="vertical" size={4}>
                      {o.users.map((u) => (
                        <Space key={u.id} size="small">
                          <span>
                            {u.name}（{u.email}）
                          </span>
                          <AccountStatus user={u} />
                          {actions(u)}
                        </Space>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        ))}
      </Space>
      {dialog}
    </Page>
  );
}
