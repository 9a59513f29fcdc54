using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OneStop.Core.Accounts;
using OneStop.Core.Payments;
using OneStop.Tests.TestSupport;
using OneStop.Web.Components.Payments;

namespace OneStop.Tests.Payments;

/// <summary>The supervisor's statement page: upload, the sorted lines, confirm; a malformed file is refused with its line.</summary>
public sealed class ReconciliationPageTests : ComponentTestContext, IDisposable
{
    private readonly PaymentWorld _w = new();

    public ReconciliationPageTests()
    {
        Ctx.Services.AddSingleton(_w.Reconciliation);
        Ctx.Services.AddSingleton(_w.Payments);
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized("giamsat");
        auth.SetRoles(Roles.Supervisor);
    }

    public void Dispose() => _w.Dispose();

    private IRenderedComponent<ReconciliationPage> Upload(string csv)
    {
        var host = Ctx.Render(b =>
        {
            b.OpenComponent<MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<ReconciliationPage>(1);
            b.CloseComponent();
        });
        var page = host.FindComponent<ReconciliationPage>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(csv), "sao-ke.csv", contentType: "text/csv"));
        return page;
    }

    [Fact]
    public async Task SupervisorSeesMatchedMismatchedUnknownAndDuplicateLinesThenConfirmsTheMatchedOnes()
    {
        var ds = await _w.SeedAsync();
        var page = Upload("date,amount,description,reference\r\n" +
            $"27/11/2026,8.000,MBVCB.1.{ds[0].Code}.CT,FT1\r\n" +
            $"27/11/2026,9.000,{ds[1].Code},FT2\r\n" +
            "27/11/2026,8.000,chuyen tien,FT3\r\n" +
            $"27/11/2026,8.000,{ds[0].Code} lan 2,FT1\r\n");
        page.WaitForAssertion(() => Assert.Contains("Khớp: 1", page.Find("#recon-count-matched").TextContent));
        Assert.Contains("Sai số tiền: 1", page.Find("#recon-count-mismatch").TextContent);
        Assert.Contains("Không rõ mã hồ sơ: 1", page.Find("#recon-count-unmatched").TextContent);
        Assert.Contains("Trùng: 1", page.Find("#recon-count-duplicate").TextContent);
        Assert.Contains(ds[0].Code, page.Find("#recon-matched").TextContent);
        Assert.Contains("khác phí phải nộp", page.Find("#recon-mismatch").TextContent);
        Assert.Contains(ds[1].Code, page.Find("#recon-unpaid").TextContent);

        page.Find("#recon-confirm").Click();
        page.WaitForAssertion(() => Assert.Contains("Đã ghi nhận 1 hồ sơ", page.Find("#recon-done").TextContent));
        Assert.Equal(FeeStatus.Paid, (await _w.Payments.GetAsync(ds[0].Id))!.Status);
        // The same file again: the page says it was reconciled and offers nothing to confirm.
        page.WaitForAssertion(() => Assert.Contains("đã được đối soát", page.Find("#recon-previous").TextContent));
        Assert.Empty(page.FindAll("#recon-confirm"));
    }

    [Fact]
    public async Task MalformedStatementIsRefusedNamingTheLineAndNothingIsShownToConfirm()
    {
        var ds = await _w.SeedAsync();
        var page = Upload($"date,amount,description,reference\n27/11/2026,8000,{ds[0].Code},FT1\nhôm qua,8000,x,FT2\n");
        page.WaitForAssertion(() => Assert.Contains("dòng 3", page.Find("#recon-error").TextContent));
        Assert.Contains("không ghi nhận dòng nào", page.Find("#recon-error").TextContent);
        Assert.Empty(page.FindAll("#recon-confirm"));
    }
}

/// <summary>The exemption reasons the centre edits (settings page and the supervisor's summary page).</summary>
public sealed class ExemptionReasonsEditorTests : ComponentTestContext, IDisposable
{
    private readonly PaymentWorld _w = new();

    public ExemptionReasonsEditorTests() => Ctx.Services.AddSingleton(_w.Payments);

    public void Dispose() => _w.Dispose();

    private IRenderedComponent<ExemptionReasonsEditor> Render(string role)
    {
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetRoles(role);
        return Ctx.Render<ExemptionReasonsEditor>();
    }

    [Fact]
    public async Task AdministratorAddsAReasonThatCounterOfficersThenOffer()
    {
        await _w.SeedAsync();
        var editor = Render(Roles.Admin);
        editor.WaitForAssertion(() => Assert.Contains("Hộ nghèo", editor.Find("#exemption-reasons").TextContent));
        editor.Find("#exemption-new").Change("Nạn nhân chất độc da cam");
        editor.Find("#exemption-add").Click();
        editor.WaitForAssertion(() => Assert.Contains("Nạn nhân chất độc da cam", editor.Find("#exemption-reasons").TextContent));
        Assert.Contains("Nạn nhân chất độc da cam", await _w.Payments.ExemptionReasonsAsync());
    }

    [Fact]
    public async Task CounterOfficerCannotChangeTheList()
    {
        await _w.SeedAsync();
        var editor = Render(Roles.CounterOfficer);
        editor.Find("#exemption-new").Change("Tự đặt");
        editor.Find("#exemption-add").Click();
        editor.WaitForAssertion(() => Assert.Contains("quản trị hoặc giám sát", editor.Find("#exemption-error").TextContent));
        Assert.DoesNotContain("Tự đặt", await _w.Payments.ExemptionReasonsAsync());
    }
}
