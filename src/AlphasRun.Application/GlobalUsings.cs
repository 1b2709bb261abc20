// What nearly every use case needs: the Result, the pipeline's contracts, the policies and EF Core's query operators.
global using AlphasRun.Application.Common;
global using AlphasRun.Application.Common.Security;
global using AlphasRun.Application.Common.UseCases;
global using Microsoft.EntityFrameworkCore;
