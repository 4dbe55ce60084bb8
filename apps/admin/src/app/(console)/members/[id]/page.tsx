import { MemberProfile } from "../../../../features/members/member-profile";

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MemberProfile id={id} />;
}
