import { FindingList } from './finding-list';

export default function StrengthsStep() {
  return <FindingList kind="strength" />;
}
