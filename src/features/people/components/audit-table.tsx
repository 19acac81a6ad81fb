import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/layout/loading';
import { formatDateTime } from '@/lib/format';
import { useAudit } from '../api/people-api';

/** Who did what, when and from where: a workspace's (for its lead) or the installation's (for administrators). */
export function AuditTable({ workspaceId }: { workspaceId: string | null }) {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const audit = useAudit(workspaceId);
  if (audit.isPending) return <Loading label={t('common:loading')} />;
  if (audit.isError) return <Text role="alert">{t('admin.failed')}</Text>;
  if (audit.data.length === 0) return <Text>{t('audit.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Caption>{t('audit.intro')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.when')}</Table.Th>
            <Table.Th scope="col">{t('audit.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.what')}</Table.Th>
            <Table.Th scope="col">{t('audit.detail')}</Table.Th>
            <Table.Th scope="col">{t('audit.from')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.data.map((e, i) => (
            <Table.Tr key={`${e.at}-${i}`}>
              <Table.Td>
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
              </Table.Td>
              <Table.Td>{e.actor}</Table.Td>
              <Table.Td>{t(`audit.actions.${e.action}`)}</Table.Td>
              <Table.Td>{e.target}</Table.Td>
              <Table.Td>{e.ip}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
