import { FindingList } from './finding-list';

export default function ChallengesStep() {
  return <FindingList kind="challenge" />;
}
