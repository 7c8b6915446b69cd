import { MEMBER_ACTOR_TYPE } from "@karya-binaan/contracts"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendMemberPasswordResetWorkflow } from "../workflows/lapas/send-member-password-reset"

/** A panel member asked to reset their password: e-mail them the panel's link (other actors are not ours). */
export default async function notifyMemberPasswordReset({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  if (event.data.actor_type !== MEMBER_ACTOR_TYPE) return
  await sendMemberPasswordResetWorkflow(container).run({
    input: { email: event.data.entity_id, token: event.data.token, trigger: event.name },
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "notify-member-password-reset" },
}
