"""Accounts for the council process: a login that slows down guessing, and invitations by
e-mail (the invited person sets their own password through a signed link)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.views import LoginView
from django.db import transaction

from neighbourhoods.participation_views import too_many
from neighbourhoods.ratelimit import RateLimited, client_ip, rate_limit_hit

from .models import Council, Membership


class ThrottledLoginView(LoginView):
    """Django's login, with a limit on attempts per address and user name (then 429)."""

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        try:
            rate_limit_hit(scope="login", key=f"{client_ip(request.META)}|{username.lower()}")
        except RateLimited as error:
            return too_many(request, error)
        return super().post(request, *args, **kwargs)


class InviteForm(PasswordResetForm):
    """The password-reset mail, also for someone who has no password yet (an invitation)."""

    def get_users(self, email):
        return get_user_model().objects.filter(email__iexact=email, is_active=True)


@transaction.atomic
def user_invite(
    *, email: str, council: Council, role: str, party: str = "", domain: str, use_https: bool
) -> Membership:
    """Create (or find) the person, give them the role, and e-mail a link to set a password."""
    email = email.strip().lower()
    users = get_user_model()
    user, created = users.objects.get_or_create(username=email, defaults={"email": email})
    if created:
        user.set_unusable_password()
        user.save()
    membership, _ = Membership.objects.get_or_create(
        council=council, user=user, role=role, defaults={"party": party}
    )
    form = InviteForm({"email": email})
    if form.is_valid():
        form.save(
            domain_override=domain,
            use_https=use_https,
            subject_template_name="council_review/email/invite_subject.txt",
            email_template_name="council_review/email/invite.txt",
        )
    return membership
