from django.shortcuts import render


def inquiry_form(request):
    return render(request, "inquiries/form.html", {})


def thank_you(request):
    return render(request, "inquiries/thank_you.html", {})
