// What nearly every page's code-behind needs: components, the Result and the use-case pipeline.
global using AlphasRun.Application.Common;
global using AlphasRun.Application.Common.UseCases;
global using Microsoft.AspNetCore.Components;
