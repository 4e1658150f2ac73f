from django.urls import path

from . import views

app_name = "two_factor"

urlpatterns = [
    path("", views.TwoFactorView.as_view(), name="index"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("set-up/", views.SetUpView.as_view(), name="set_up"),
]
