// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/glossary_scope_activated_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for GlossaryScopeActivated event.","properties":{"glossary_version_id":{"description":"Version of the glossary being activated","minLength":1,"title":"Glossary Version Id","type":"string"},"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"scope_id":{"description":"Unique scope identifier","minLength":1,"title":"Scope Id","type":"string"},"scope_type":{"description":"Scope category","enum":["spec_kitty_core","team_domain","audience_domain","mission_local"],"title":"Scope Type","type":"string"}},"required":["mission_id","scope_id","scope_type","glossary_version_id"],"title":"GlossaryScopeActivatedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/glossary_scope_activated_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.scope_id === undefined) || (!(func0.call(data, "scope_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope_id"},message:"must have required property '"+"scope_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.scope_type === undefined) || (!(func0.call(data, "scope_type")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope_type"},message:"must have required property '"+"scope_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.glossary_version_id === undefined) || (!(func0.call(data, "glossary_version_id")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "glossary_version_id"},message:"must have required property '"+"glossary_version_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.glossary_version_id !== undefined && func0.call(data, "glossary_version_id")){
let data0 = data.glossary_version_id;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err4 = {instancePath:instancePath+"/glossary_version_id",schemaPath:"#/properties/glossary_version_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.glossary_version_id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/glossary_version_id",schemaPath:"#/properties/glossary_version_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.glossary_version_id.type,parentSchema:schema31.properties.glossary_version_id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data1 = data.mission_id;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err6 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scope_id !== undefined && func0.call(data, "scope_id")){
let data2 = data.scope_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err8 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.scope_id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/scope_id",schemaPath:"#/properties/scope_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope_id.type,parentSchema:schema31.properties.scope_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.scope_type !== undefined && func0.call(data, "scope_type")){
let data3 = data.scope_type;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/scope_type",schemaPath:"#/properties/scope_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope_type.type,parentSchema:schema31.properties.scope_type,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data3 === "spec_kitty_core") || (data3 === "team_domain")) || (data3 === "audience_domain")) || (data3 === "mission_local"))){
const err11 = {instancePath:instancePath+"/scope_type",schemaPath:"#/properties/scope_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.scope_type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.scope_type.enum,parentSchema:schema31.properties.scope_type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"glossary_version_id":true,"mission_id":true,"scope_id":true,"scope_type":true},"dynamicProps":false,"dynamicItems":false};
