"""Access to the staff screens: through the site's own login page, not the Django admin's."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def staff_required(view: Callable) -> Callable:
    """Signed-out people go to the login page; signed-in people who are not staff get a 403."""

    @wraps(view)
    def check(request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied(_("This screen is for staff."))
        return view(request, *args, **kwargs)

    return login_required(check)
